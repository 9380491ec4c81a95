using Goals.Api.Scheduling;
using Goals.Api.Tests.Insights;
using Goals.Domain;
using Goals.Storage.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Xunit.Abstractions;

namespace Goals.Api.Tests.Scheduling;

/// <summary>
/// Two replicas of the real host, each with its own running Quartz scheduler, on one SQLite file. Every step fires
/// both jobs on both schedulers at the same moment, as two pods whose triggers coincide.
/// </summary>
public sealed class TwoSchedulerTests : IDisposable
{
    private const string User = "two-schedulers";
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    private readonly string _directory = Directory.CreateTempSubdirectory("goals-schedulers-").FullName;
    private readonly SharedClock _clock = new(Instant.FromUtc(2026, 10, 31, 12, 0));
    private readonly SchedulerReplica _a;
    private readonly SchedulerReplica _b;
    private readonly ITestOutputHelper _output;
    private int _steps;

    public TwoSchedulerTests(ITestOutputHelper output)
    {
        _output = output;
        _a = new SchedulerReplica(_directory, "scheduler-a", _clock);
        _b = new SchedulerReplica(_directory, "scheduler-b", _clock);
    }

    [Fact]
    public async Task Two_schedulers_on_one_store_write_each_snapshot_and_notification_once_across_dst_and_downtime()
    {
        // One after the other: the first start creates the shared database.
        await _a.StartAsync();
        await _b.StartAsync();
        Assert.NotSame(_a.Scheduler, _b.Scheduler);
        await _a.Services.GetRequiredService<IUserStore>().SaveSettingsAsync(
            User, new UserSettings(NewYork, LocalTime.Midnight, IsoDayOfWeek.Monday), CancellationToken.None);
        var seed = new AccountSeeder(_a.Services, User);
        var goal = await seed.GoalAsync("Run", GoalPattern.Habit, 1, Day(10, 28));
        await seed.LogDailyAsync(goal, Day(10, 28), Day(10, 30));

        // Sat Oct 31, 21:00 EDT: Oct 28–30 close, and today's unmet run of 3 is at risk.
        await StepAsync(Utc(11, 1, 1, 0), "2026-10-30 at-risk 1 broken 0 weekly 0");
        await seed.LogAsync(goal, Day(10, 31));
        await seed.LogAsync(goal, Day(11, 1));
        // Sun Nov 1 is 25 hours long: 04:30 UTC is still 23:30 EST (00:30 had the offset stayed at −4), so it stays open.
        await StepAsync(Utc(11, 2, 4, 30), "2026-10-31 at-risk 1 broken 0 weekly 0");
        // Mon Nov 2, 00:30 EST: Nov 1 closes; the new week brings the summary of Oct 26 – Nov 1.
        await StepAsync(Utc(11, 2, 5, 30), "2026-11-01 at-risk 1 broken 0 weekly 1");
        // Mon Nov 2, 20:30 EST: nothing logged today, the run of 5 is at risk.
        await StepAsync(Utc(11, 3, 1, 30), "2026-11-01 at-risk 2 broken 0 weekly 1");

        // Both replicas down until Fri Nov 6, 09:00 EST while the user keeps logging: the catch-up closes Nov 2–5 in order.
        await seed.LogDailyAsync(goal, Day(11, 3), Day(11, 5));
        await StepAsync(Utc(11, 6, 14, 0), "2026-11-05 at-risk 2 broken 1 weekly 1");
        // 19:30 EST is before the reminder hour (it would be 20:30 at the summer offset); 20:00 EST is the hour.
        await StepAsync(Utc(11, 7, 0, 30), "2026-11-05 at-risk 2 broken 1 weekly 1");
        await StepAsync(Utc(11, 7, 1, 0), "2026-11-05 at-risk 3 broken 1 weekly 1");
        await seed.LogAsync(goal, Day(11, 6));
        await StepAsync(Utc(11, 7, 5, 1), "2026-11-06 at-risk 3 broken 1 weekly 1");

        Assert.Equal(
            ["2026-10-28 1 True 1", "2026-10-29 1 True 2", "2026-10-30 1 True 3", "2026-10-31 1 True 4", "2026-11-01 1 True 5",
             "2026-11-02 0 False 0", "2026-11-03 1 True 1", "2026-11-04 1 True 2", "2026-11-05 1 True 3", "2026-11-06 1 True 4"],
            (await History().ListSnapshotsAsync(goal.Id, new DateInterval(Day(10, 20), Day(11, 10)), CancellationToken.None))
                .Select(s => $"{s.Date:yyyy-MM-dd} {s.Value} {s.Met} {s.Streak}"));
        Assert.Equal(
            ["2026-10-28 1 1/1", "2026-10-29 1 1/1", "2026-10-30 1 1/1", "2026-10-31 1 1/1", "2026-11-01 1 1/1",
             "2026-11-02 0 0/1", "2026-11-03 1 1/1", "2026-11-04 1 1/1", "2026-11-05 1 1/1", "2026-11-06 1 1/1"],
            (await History().ListStatsAsync(User, new DateInterval(Day(10, 20), Day(11, 10)), CancellationToken.None))
                .Select(s => $"{s.Date:yyyy-MM-dd} {s.Activities} {s.GoalsMet}/{s.GoalsDue}"));
        Assert.Equal(
            ["Your streak of 5 on \"Run\" ended on 2026-11-02."],
            (await InboxAsync(NotificationKind.StreakBroken)).Select(n => n.Message));
        Assert.Equal(
            ["Your streak of 3 on \"Run\" is at risk: it is not met yet.", "Your streak of 5 on \"Run\" is at risk: it is not met yet.",
             "Your streak of 3 on \"Run\" is at risk: it is not met yet."],
            (await InboxAsync(NotificationKind.StreakAtRisk)).Select(n => n.Message));
        Assert.Equal(
            ["Your week: \"Run\" 100% success, total 5, best streak 5"],
            (await InboxAsync(NotificationKind.WeeklySummary)).Select(n => n.Message));
        AssertBothSchedulersRanEveryFire();
    }

    public void Dispose()
    {
        _a.Dispose();
        _b.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private static LocalDate Day(int month, int day) => new(2026, month, day);

    private static Instant Utc(int month, int day, int hour, int minute) => Instant.FromUtc(2026, month, day, hour, minute);

    /// <summary>Moves the shared clock, fires both sweeps on both schedulers at once, and checks the store's state.</summary>
    private async Task StepAsync(Instant now, string expected)
    {
        _clock.Now = now;
        _steps++;
        foreach (var job in JobNames.All)
        {
            await Task.WhenAll(_a.FireAsync(job), _b.FireAsync(job));
            await Task.WhenAll(_a.WaitForExecutionsAsync(job, _steps), _b.WaitForExecutionsAsync(job, _steps));
        }

        Assert.Equal(expected, await StateAsync());
    }

    private async Task<string> StateAsync()
    {
        var checkpoint = await _a.Services.GetRequiredService<IJobStore>()
            .GetCheckpointAsync(JobNames.DayClose, User, CancellationToken.None);
        var atRisk = (await InboxAsync(NotificationKind.StreakAtRisk)).Count;
        var broken = (await InboxAsync(NotificationKind.StreakBroken)).Count;
        var weekly = (await InboxAsync(NotificationKind.WeeklySummary)).Count;
        return $"{checkpoint} at-risk {atRisk} broken {broken} weekly {weekly}";
    }

    // Each fire reached the replica's own JobRunner, which either did the sweep or found the other replica's lease.
    private void AssertBothSchedulersRanEveryFire()
    {
        foreach (var job in JobNames.All)
        {
            var ran = 0;
            foreach (var replica in new[] { _a, _b })
            {
                Assert.Empty(replica.Executions.Errors);
                var (done, skipped) = (replica.Leases.Count(job, acquired: true), replica.Leases.Count(job, acquired: false));
                _output.WriteLine(
                    $"{replica.InstanceId} {job}: {replica.Executions.Count(job)} executions, {done} ran, {skipped} skipped");
                Assert.Equal((_steps, _steps), (replica.Executions.Count(job), done + skipped));
                ran += done;
            }

            // The lease is released after each run, so of each pair of fires at least one does the sweep.
            Assert.InRange(ran, _steps, 2 * _steps);
        }
    }

    private IHistoryStore History() => _a.Services.GetRequiredService<IHistoryStore>();

    private async Task<IReadOnlyList<NotificationRecord>> InboxAsync(NotificationKind kind) =>
        [.. (await _a.Services.GetRequiredService<INotificationStore>().ListAfterAsync(User, 0, 500, CancellationToken.None))
            .Where(notification => notification.Kind == kind)];
}
