using Goals.Domain;
using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Storage.Tests.Contract;

public abstract partial class StoreContract
{
    [SkippableFact]
    public async Task A_new_user_gets_the_default_settings()
    {
        var id = NewUserId();

        var user = await Store.Users.GetOrCreateAsync(id, None);

        Assert.Equal(id, user.Id);
        Assert.Equal(UserSettings.Default, user.Settings);
        Assert.Equal(Now, user.CreatedAt);
        Assert.Equal(Now, user.UpdatedAt);
        Assert.Null(user.StreakReminder);
    }

    [SkippableFact]
    public async Task Getting_a_user_twice_returns_the_first_creation()
    {
        var id = NewUserId();
        var first = await Store.Users.GetOrCreateAsync(id, None);
        Tick();

        var second = await Store.Users.GetOrCreateAsync(id, None);

        Assert.Equal(first, second);
    }

    [SkippableFact]
    public async Task Saved_settings_are_read_back()
    {
        var id = NewUserId();
        var created = await Store.Users.GetOrCreateAsync(id, None);
        Tick();
        var settings = new UserSettings(
            DateTimeZoneProviders.Tzdb["Europe/Berlin"], new LocalTime(4, 0), IsoDayOfWeek.Sunday);

        var saved = await Store.Users.SaveSettingsAsync(id, settings, None);
        var read = await Store.Users.GetOrCreateAsync(id, None);

        Assert.Equal(settings, saved.Settings);
        Assert.Equal(saved, read);
        Assert.Equal(created.CreatedAt, read.CreatedAt);
        Assert.Equal(Now, read.UpdatedAt);
    }

    [SkippableFact]
    public async Task Users_are_listed_in_id_order_after_a_cursor()
    {
        var prefix = "list-" + Guid.NewGuid().ToString("N");
        foreach (var suffix in new[] { "c", "a", "b" })
        {
            await Store.Users.GetOrCreateAsync(prefix + suffix, None);
        }

        var page = await Store.Users.ListAsync(prefix + "a", 2, None);

        Assert.Equal([prefix + "b", prefix + "c"], page.Select(user => user.Id));
    }

    [SkippableFact]
    public async Task A_chosen_streak_reminder_hour_is_read_back_and_the_settings_stay()
    {
        var id = NewUserId();
        var settings = new UserSettings(DateTimeZoneProviders.Tzdb["Asia/Tokyo"], new LocalTime(3, 0), IsoDayOfWeek.Sunday);
        var before = await Store.Users.SaveSettingsAsync(id, settings, None);
        Tick();

        var saved = await Store.Reminders.SaveStreakReminderAsync(id, StreakReminderChoice.At(7), None);
        var read = await Store.Users.GetOrCreateAsync(id, None);
        var listed = Assert.Single(await Store.Users.ListAsync(id[..^1], 1, None));

        Assert.Equal(new UserRecord(id, settings, before.CreatedAt, Now, StreakReminderChoice.At(7), before.DataVersion), saved);
        Assert.Equal(saved, read);
        Assert.Equal(saved, listed);
    }

    [SkippableFact]
    public async Task Turning_the_streak_reminder_off_is_kept_apart_from_never_choosing_and_an_hour_turns_it_on_again()
    {
        var id = NewUserId();

        var off = await Store.Reminders.SaveStreakReminderAsync(id, StreakReminderChoice.At(21), None);
        off = await Store.Reminders.SaveStreakReminderAsync(id, StreakReminderChoice.Off, None);
        var offRead = (await Store.Users.GetOrCreateAsync(id, None)).StreakReminder;
        var midnight = await Store.Reminders.SaveStreakReminderAsync(id, StreakReminderChoice.At(0), None);

        Assert.Equal(StreakReminderChoice.Off, off.StreakReminder);
        Assert.Equal(StreakReminderChoice.Off, offRead);
        Assert.Equal(StreakReminderChoice.At(0), midnight.StreakReminder);
        Assert.Equal(StreakReminderChoice.At(0), (await Store.Users.GetOrCreateAsync(id, None)).StreakReminder);
    }

    [SkippableFact]
    public async Task Saving_settings_keeps_the_streak_reminder_choice()
    {
        var id = NewUserId();
        await Store.Reminders.SaveStreakReminderAsync(id, StreakReminderChoice.Off, None);
        var settings = new UserSettings(DateTimeZoneProviders.Tzdb["Europe/Berlin"], new LocalTime(4, 0), IsoDayOfWeek.Monday);

        var saved = await Store.Users.SaveSettingsAsync(id, settings, None);

        Assert.Equal(settings, saved.Settings);
        Assert.Equal(StreakReminderChoice.Off, saved.StreakReminder);
    }

    [SkippableFact]
    public async Task Choosing_a_streak_reminder_first_creates_the_user_with_the_default_settings()
    {
        var id = NewUserId();

        var saved = await Store.Reminders.SaveStreakReminderAsync(id, StreakReminderChoice.At(6), None);

        Assert.Equal(new UserRecord(id, UserSettings.Default, Now, Now, StreakReminderChoice.At(6), DataVersion: 1), saved);
        Assert.Equal(saved, await Store.Users.GetOrCreateAsync(id, None));
    }
}
