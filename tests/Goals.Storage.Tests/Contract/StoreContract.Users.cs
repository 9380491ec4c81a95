using Goals.Domain;
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
}
