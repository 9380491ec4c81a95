using Goals.Domain;
using Goals.Storage.Abstractions;

namespace Goals.Storage.Tests.Contract;

public abstract partial class StoreContract
{
    [SkippableFact]
    public async Task Everything_written_is_read_back_after_reopening_the_store()
    {
        var owner = NewUserId();
        var goal = await CreateGoalAsync(owner, "Durable");
        var activity = (await LogAsync(goal, Nov(3), 2, key: "durable")).Activity!;
        var notification = (await Store.Notifications.AddAsync(
            new NewNotification(owner, NotificationKind.StreakBroken, "broken", goal.Id, "k"), None)).Notification;
        await Store.Jobs.SetCheckpointAsync("durable", owner, "v1", None);

        await Store.ReopenAsync();

        AssertSameGoal(
            goal with { UpdatedAt = activity.CreatedAt, DataVersion = goal.DataVersion + 1 },
            await Store.Goals.GetAsync(owner, goal.Id, None));
        Assert.Equal(activity, await Store.Activities.GetAsync(owner, activity.Id, None));
        Assert.Equal([new DayTotal(Nov(3), 2, 1)], await Store.Activities.GetDayTotalsAsync(goal.Id, null, None));
        Assert.Equal(notification, await Store.Notifications.GetAsync(owner, notification.Id, None));
        Assert.Equal("v1", await Store.Jobs.GetCheckpointAsync("durable", owner, None));
        Assert.Equal(AppendOutcome.Duplicate, (await LogAsync(goal, Nov(3), key: "durable")).Outcome);
        Assert.Equal(2, (await Store.Notifications.AddAsync(new NewNotification(owner, NotificationKind.StreakBroken, "again"), None)).Notification.Sequence);
        Assert.Equal(UserSettings.Default, (await Store.Users.GetOrCreateAsync(owner, None)).Settings);
    }
}
