using Goals.Api.Scheduling;
using Goals.Domain;
using Goals.Storage.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Goals.Api.Tests.Scheduling;

public sealed class ReplicaTests(JobsApi api) : IClassFixture<JobsApi>
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 25, 0, 30);

    [Fact]
    public async Task While_one_replica_holds_the_lease_another_skips_the_run_and_writes_nothing()
    {
        var goal = await SeedBrokenStreakAsync("replica-held");
        var jobs = api.Services.GetRequiredService<IJobStore>();
        Assert.True(await jobs.TryAcquireLeaseAsync(JobNames.DayClose, "replica-a", Duration.FromMinutes(5), CancellationToken.None));

        var skipped = await RunAsync(api.Replica("replica-b"));
        await jobs.ReleaseLeaseAsync(JobNames.DayClose, "replica-a", CancellationToken.None);
        Assert.True(skipped.Skipped);
        Assert.Empty(await api.SnapshotsAsync(goal.Id, new LocalDate(2026, 11, 22), new LocalDate(2026, 11, 24)));

        var ran = await RunAsync(api.Replica("replica-b"));
        Assert.False(ran.Skipped);
        Assert.Equal(3, (await api.SnapshotsAsync(goal.Id, new LocalDate(2026, 11, 22), new LocalDate(2026, 11, 24))).Count);
    }

    [Fact]
    public async Task Two_replicas_sweeping_at_once_store_each_notification_and_snapshot_once()
    {
        var goal = await SeedBrokenStreakAsync("replica-race");

        var results = await Task.WhenAll(
            Task.Run(() => RunAsync(api.Replica("replica-1"))), Task.Run(() => RunAsync(api.Replica("replica-2"))),
            Task.Run(() => RunAsync(api.Replica("replica-1"))), Task.Run(() => RunAsync(api.Replica("replica-2"))));
        await RunAsync(api.Replica("replica-2"));

        Assert.Contains(results, result => !result.Skipped);
        Assert.Single(await api.InboxAsync("replica-race", NotificationKind.StreakBroken));
        Assert.Equal(
            ["2026-11-22 1", "2026-11-23 2", "2026-11-24 0"],
            (await api.SnapshotsAsync(goal.Id, new LocalDate(2026, 11, 22), new LocalDate(2026, 11, 24)))
                .Select(s => $"{s.Date:yyyy-MM-dd} {s.Streak}"));
    }

    [Fact]
    public async Task A_crashed_replica_s_lease_expires_and_another_replica_takes_over()
    {
        var goal = await SeedBrokenStreakAsync("replica-crash");
        var jobs = api.Services.GetRequiredService<IJobStore>();
        Assert.True(await jobs.TryAcquireLeaseAsync(JobNames.DayClose, "replica-crashed", Duration.FromMilliseconds(2), CancellationToken.None));
        Assert.False(await jobs.TryAcquireLeaseAsync(JobNames.DayClose, "replica-b", Duration.FromMinutes(1), CancellationToken.None));

        // The host's clock advances a millisecond per reading: the crashed owner's lease is now past its expiry.
        api.Services.GetRequiredService<IClock>().GetCurrentInstant();
        var ran = await RunAsync(api.Replica("replica-b"));

        Assert.False(ran.Skipped);
        Assert.Equal(3, (await api.SnapshotsAsync(goal.Id, new LocalDate(2026, 11, 22), new LocalDate(2026, 11, 24))).Count);
    }

    private Task<JobRunResult> RunAsync(JobRunner replica) =>
        api.WithScope(services => replica.RunAsync(
            JobNames.DayClose, token => services.GetRequiredService<DayCloseService>().SweepAsync(Now, token), CancellationToken.None));

    private async Task<GoalRecord> SeedBrokenStreakAsync(string userId)
    {
        await api.UseZoneAsync(userId, "Etc/UTC");
        var seed = api.Seed(userId);
        var goal = await seed.GoalAsync("Run", GoalPattern.Habit, 1, new LocalDate(2026, 11, 22));
        await seed.LogDailyAsync(goal, new LocalDate(2026, 11, 22), new LocalDate(2026, 11, 23));
        return goal;
    }
}
