using Goals.Domain;
using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Storage.Tests.Contract;

public abstract partial class StoreContract
{
    private static readonly DateInterval SeededDays = new(new LocalDate(2026, 11, 1), new LocalDate(2026, 11, 30));

    [SkippableFact]
    public async Task Deleting_an_account_leaves_nothing_of_the_user_readable_and_the_other_user_whole()
    {
        var gone = await AccountSeed.SeedAsync(Store);
        var kept = await AccountSeed.SeedAsync(Store);

        var removed = await Store.Accounts.DeleteAccountAsync(gone.UserId, None);

        Assert.True(removed >= 14, $"only {removed} rows were removed");
        Assert.Equal(0, await Store.Accounts.DeleteAccountAsync(gone.UserId, None));
        await AssertEmptyAsync(gone);
        await AssertWholeAsync(kept);
    }

    [SkippableFact]
    public async Task A_deleted_user_who_signs_in_again_starts_with_defaults()
    {
        var gone = await AccountSeed.SeedAsync(Store);
        await Store.Accounts.DeleteAccountAsync(gone.UserId, None);

        var fresh = await Store.Users.GetOrCreateAsync(gone.UserId, None);

        Assert.Equal(UserSettings.Default, fresh.Settings);
        Assert.Null(fresh.StreakReminder);
        var notification = await Store.Notifications.AddAsync(new NewNotification(gone.UserId, NotificationKind.WeeklySummary, "Week"), None);
        Assert.Equal(1, notification.Notification.Sequence);
    }

    private async Task AssertEmptyAsync(SeededAccount account)
    {
        var user = await Store.Users.GetOrCreateAsync(account.UserId, None);
        Assert.Equal(UserSettings.Default, user.Settings);
        Assert.Empty((await Store.Goals.GetManyAsync(account.UserId, [.. account.GoalIds], None)).Keys);
        Assert.Equal(0, await Store.Notifications.CountUnreadAsync(account.UserId, None));
        Assert.Empty(await Store.Excusals.ListVacationsAsync(account.UserId, None));
        Assert.Empty(await Store.History.ListStatsAsync(account.UserId, SeededDays, None));
        Assert.Null(await Store.History.GetInsightsAsync(account.UserId, None));
        Assert.Null(await Store.Jobs.GetCheckpointAsync("day-close", account.UserId, None));
        foreach (var goalId in account.GoalIds)
        {
            Assert.Empty(await Store.History.ListSnapshotsAsync(goalId, SeededDays, None));
            Assert.Empty((await Store.Excusals.GetForGoalsAsync(account.UserId, [goalId], None)).Values.SelectMany(e => e.Skips));
        }
    }

    private async Task AssertWholeAsync(SeededAccount account)
    {
        var user = await Store.Users.GetOrCreateAsync(account.UserId, None);
        Assert.Equal("Europe/Berlin", user.Settings.TimeZone.Id);
        Assert.Equal(2, (await Store.Goals.GetManyAsync(account.UserId, [.. account.GoalIds], None)).Count);
        Assert.Equal(1, await Store.Notifications.CountUnreadAsync(account.UserId, None));
        Assert.Single(await Store.Excusals.ListVacationsAsync(account.UserId, None));
        Assert.Single(await Store.History.ListStatsAsync(account.UserId, SeededDays, None));
        Assert.NotNull(await Store.History.GetInsightsAsync(account.UserId, None));
        Assert.NotNull(await Store.Jobs.GetCheckpointAsync("day-close", account.UserId, None));
        Assert.Single(await Store.History.ListSnapshotsAsync(account.GoalIds[0], SeededDays, None));
    }
}
