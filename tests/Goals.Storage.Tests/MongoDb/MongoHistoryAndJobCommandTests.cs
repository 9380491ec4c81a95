using Goals.Storage.Abstractions;
using MongoDB.Bson;
using NodaTime;
using static Goals.Storage.Tests.MongoDb.StoredDocuments;

namespace Goals.Storage.Tests.MongoDb;

public sealed class MongoHistoryAndJobCommandTests : MongoCommandTest
{
    private IHistoryStore History => Store<IHistoryStore>();

    private IJobStore Jobs => Store<IJobStore>();

    [Fact]
    public async Task UpsertSnapshots_replaces_each_day_by_its_key_in_one_bulk_write()
    {
        DailySnapshot[] snapshots = [new("goal-1", Nov(20), 2, 1, true, false, 3), new("goal-1", Nov(21), 0, 1, null, true, 3)];

        await VerifyAsync("history.UpsertSnapshots", () => History.UpsertSnapshotsAsync(snapshots, None));
    }

    [Fact]
    public async Task ListSnapshots_reads_a_goals_dates_in_order()
    {
        await VerifyAsync("history.ListSnapshots", () => History.ListSnapshotsAsync("goal-1", new DateInterval(Nov(1), Nov(30)), None));
    }

    [Fact]
    public async Task UpsertStats_replaces_each_day_by_its_key_in_one_bulk_write()
    {
        DailyStats[] stats = [new("user-1", Nov(20), 3, 2, 2, true)];

        await VerifyAsync("history.UpsertStats", () => History.UpsertStatsAsync(stats, None));
    }

    [Fact]
    public async Task ListStats_reads_a_users_dates_in_order()
    {
        await VerifyAsync("history.ListStats", () => History.ListStatsAsync("user-1", new DateInterval(Nov(1), Nov(30)), None));
    }

    [Fact]
    public async Task SaveInsights_replaces_only_an_older_or_equal_set()
    {
        var insights = new InsightSet("user-1", Nov(23), [new StoredInsight("NEGLECTED", "Reading waits", "goal-1")]);

        await VerifyAsync("history.SaveInsights", () => History.SaveInsightsAsync(insights, None));
    }

    [Fact]
    public async Task GetInsights_reads_the_users_set_by_id()
    {
        await VerifyAsync("history.GetInsights", () => History.GetInsightsAsync("user-1", None));
    }

    [Fact]
    public async Task TryAcquireLease_upserts_a_free_expired_or_own_lease()
    {
        Assert.True(await VerifyAsync("jobs.TryAcquireLease", () => Jobs.TryAcquireLeaseAsync("day-close", "replica-a", Duration.FromMinutes(5), None)));
    }

    [Fact]
    public async Task TryAcquireLease_held_by_another_owner_is_a_duplicate_key_and_a_no()
    {
        Replies.DuplicateKey("update", "job_leases");

        Assert.False(await VerifyAsync("jobs.TryAcquireLease.held", () => Jobs.TryAcquireLeaseAsync("day-close", "replica-b", Duration.FromMinutes(5), None)));
    }

    [Fact]
    public async Task RenewLease_extends_only_a_live_own_lease()
    {
        Assert.True(await VerifyAsync("jobs.RenewLease", () => Jobs.RenewLeaseAsync("day-close", "replica-a", Duration.FromMinutes(5), None)));
    }

    [Fact]
    public async Task ReleaseLease_deletes_only_an_own_lease()
    {
        Assert.True(await VerifyAsync("jobs.ReleaseLease", () => Jobs.ReleaseLeaseAsync("day-close", "replica-a", None)));
    }

    [Fact]
    public async Task GetCheckpoint_reads_by_job_and_scope()
    {
        Replies.Find("job_checkpoints", new BsonDocument { { "_id", new BsonDocument { { "j", "day-close" }, { "s", "user-1" } } }, { "value", "2026-11-23" } });

        Assert.Equal("2026-11-23", await VerifyAsync("jobs.GetCheckpoint", () => Jobs.GetCheckpointAsync("day-close", "user-1", None)));
    }

    [Fact]
    public async Task SetCheckpoint_upserts_by_job_and_scope()
    {
        await VerifyAsync("jobs.SetCheckpoint", () => Jobs.SetCheckpointAsync("day-close", "user-1", "2026-11-24", None));
    }
}
