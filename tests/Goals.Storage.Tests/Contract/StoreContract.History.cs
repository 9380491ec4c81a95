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

    [SkippableFact]
    public async Task An_insight_set_is_replaced_whole_and_never_by_an_older_one()
    {
        var user = NewUserId();
        Assert.Null(await Store.History.GetInsightsAsync(user, None));
        await Store.History.SaveInsightsAsync(
            new InsightSet(user, Nov(2), [new StoredInsight("A", "first", "goal-1"), new StoredInsight("B", "all", null)]), None);
        var newer = new InsightSet(user, Nov(3), [new StoredInsight("C", "Rest: \"quoted\" ünïcode", null)]);
        await Store.History.SaveInsightsAsync(newer, None);

        await Store.History.SaveInsightsAsync(new InsightSet(user, Nov(2), [new StoredInsight("OLD", "stale", null)]), None);
        var same = await Store.History.GetInsightsAsync(user, None);
        await Store.History.SaveInsightsAsync(new InsightSet(user, Nov(3), []), None);

        Assert.Equivalent(newer, same, strict: true);
        Assert.Equivalent(new InsightSet(user, Nov(3), []), await Store.History.GetInsightsAsync(user, None), strict: true);
        Assert.Null(await Store.History.GetInsightsAsync(NewUserId(), None));
    }
}
