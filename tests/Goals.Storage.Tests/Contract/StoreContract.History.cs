using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Storage.Tests.Contract;

public abstract partial class StoreContract
{
    [SkippableFact]
    public async Task Snapshots_upsert_by_goal_and_date_and_read_back_by_range()
    {
        var goal = "goal-" + Guid.NewGuid().ToString("N");
        await Store.History.UpsertSnapshotsAsync(
            [
                new DailySnapshot(goal, Nov(3), 1, 2, false, false, 0),
                new DailySnapshot(goal, Nov(1), 2, 2, true, false, 1),
                new DailySnapshot(goal, Nov(2), 0, 2, null, true, 1),
                new DailySnapshot("other", Nov(2), 9, 9, true, false, 9),
            ],
            None);

        await Store.History.UpsertSnapshotsAsync([new DailySnapshot(goal, Nov(3), 2.5, 2, true, false, 2)], None);
        await Store.History.UpsertSnapshotsAsync([], None);

        Assert.Equal(
            [
                new DailySnapshot(goal, Nov(2), 0, 2, null, true, 1),
                new DailySnapshot(goal, Nov(3), 2.5, 2, true, false, 2),
            ],
            await Store.History.ListSnapshotsAsync(goal, new DateInterval(Nov(2), Nov(30)), None));
    }

    [SkippableFact]
    public async Task Daily_stats_upsert_by_user_and_date_and_read_back_by_range()
    {
        var user = NewUserId();
        await Store.History.UpsertStatsAsync(
            [new DailyStats(user, Nov(1), 3, 2, 2, true), new DailyStats(user, Nov(2), 1, 2, 1, false)], None);

        await Store.History.UpsertStatsAsync([new DailyStats(user, Nov(2), 4, 2, 2, true)], None);

        Assert.Equal(
            [new DailyStats(user, Nov(1), 3, 2, 2, true), new DailyStats(user, Nov(2), 4, 2, 2, true)],
            await Store.History.ListStatsAsync(user, new DateInterval(Nov(1), Nov(2)), None));
        Assert.Empty(await Store.History.ListStatsAsync(user, new DateInterval(Nov(3), Nov(9)), None));
    }
}
