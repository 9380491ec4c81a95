using Goals.Api.Scheduling;
using Goals.Api.Tests.Insights;
using Goals.Domain;
using Goals.Storage.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Goals.Api.Tests.Commands;

/// <summary><c>jobs run</c> as an operator runs it: the built host in its own process, on a database seeded here.</summary>
public sealed class JobsCommandTests : IDisposable
{
    private const string User = "operator";
    private readonly string _directory = Directory.CreateTempSubdirectory("goals-command-").FullName;
    private CommandDatabase? _database;

    private CommandDatabase Database => _database ??= new CommandDatabase(_directory);

    private const string Stored1 = "day-close: 1 users processed, 1 notifications stored";

    [Fact]
    public async Task Day_close_closes_every_ended_day_once_and_a_second_run_stores_nothing()
    {
        var (goal, today) = await SeedBrokenStreakAsync();

        AssertRan(await RunAsync("jobs", "run", "day-close"), 0, Stored1);
        AssertRan(await RunAsync("jobs", "run", "day-close"), 0, "day-close: 0 users processed, 0 notifications stored");

        Assert.Equal(
            [$"{Date(today, -4)} 1", $"{Date(today, -3)} 2", $"{Date(today, -2)} 3", $"{Date(today, -1)} 0"],
            await SnapshotsAsync(goal, today));
        Assert.Equal([$"Your streak of 3 on \"Run\" ended on {Date(today, -1)}."], await InboxAsync(NotificationKind.StreakBroken));
        Assert.Equal(Date(today, -1), await CheckpointAsync());
    }

    [Fact]
    public async Task Day_close_with_a_date_recloses_that_date_only_and_leaves_the_checkpoint_alone()
    {
        var (goal, today) = await SeedBrokenStreakAsync();

        AssertRan(await RunAsync("jobs", "run", "day-close", "--date", Date(today, -1)), 0, Stored1);
        AssertRan(
            await RunAsync("jobs", "run", "day-close", "--date", Date(today, -1)), 0, "day-close: 1 users processed, 0 notifications stored");
        // Today has not ended for the user, so there is nothing to close yet.
        AssertRan(
            await RunAsync("jobs", "run", "day-close", "--date", Date(today, 0)), 0, "day-close: 0 users processed, 0 notifications stored");

        Assert.Equal([$"{Date(today, -1)} 0"], await SnapshotsAsync(goal, today));
        Assert.Single(await InboxAsync(NotificationKind.StreakBroken));
        Assert.Null(await CheckpointAsync());
    }

    [Fact]
    public async Task Reminders_run_now_and_store_each_reminder_once()
    {
        var today = await UseNoonZoneAsync();
        var seed = new AccountSeeder(Database.Services, User);
        var goal = await seed.GoalAsync(
            "Read 100 pages", GoalPattern.Cumulative, 100, today.PlusDays(-20), deadline: today.PlusDays(5));
        await seed.LogAsync(goal, today.PlusDays(-10), 10);

        AssertRan(await RunAsync("jobs", "run", "reminders"), 0, "reminders: 1 users processed, 1 notifications stored");
        AssertRan(await RunAsync("jobs", "run", "reminders"), 0, "reminders: 1 users processed, 0 notifications stored");

        var sent = Assert.Single(await InboxAsync(NotificationKind.BehindPace));
        Assert.StartsWith("\"Read 100 pages\" is behind pace: 10 of 100, expected ", sent, StringComparison.Ordinal);
        Assert.EndsWith($"; deadline {Date(today, 5)}.", sent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task While_another_replica_holds_the_lease_the_run_is_skipped_with_exit_code_3()
    {
        var (goal, today) = await SeedBrokenStreakAsync();
        var jobs = Database.Services.GetRequiredService<IJobStore>();
        Assert.True(await jobs.TryAcquireLeaseAsync(
            JobNames.DayClose, "replica-elsewhere", Duration.FromMinutes(5), CancellationToken.None));

        AssertRan(await RunAsync("jobs", "run", "day-close"), 3, "day-close: skipped, another replica holds the lease");
        Assert.Empty(await SnapshotsAsync(goal, today));
        Assert.Null(await CheckpointAsync());

        await jobs.ReleaseLeaseAsync(JobNames.DayClose, "replica-elsewhere", CancellationToken.None);
        AssertRan(await RunAsync("jobs", "run", "day-close"), 0, Stored1);
    }

    [Theory]
    [InlineData("jobs run reminders --date 2026-11-20", "jobs: reminders runs for now only; --date is for day-close")]
    [InlineData("jobs run weekly", "jobs: unknown job 'weekly'; jobs: day-close, reminders")]
    [InlineData("jobs run day-close --date 20.11.2026", "jobs: --date takes a date as yyyy-MM-dd")]
    [InlineData("jobs run", "jobs: usage: jobs run <day-close|reminders> [--date yyyy-MM-dd]")]
    [InlineData("jobs run day-close --date", "jobs: option --date needs a value")]
    public async Task A_malformed_jobs_command_exits_with_code_2_and_says_why(string command, string error)
    {
        var run = await RunAsync(command.Split(' '));

        Assert.Equal((2, error), (run.ExitCode, run.Error));
        Assert.DoesNotContain(run.Output, line => JobNames.All.Any(job => line.StartsWith($"{job}:", StringComparison.Ordinal)));
    }

    public void Dispose()
    {
        _database?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private static string Date(LocalDate today, int days) => JobKeys.Date(today.PlusDays(days));

    private static void AssertRan(CommandRun run, int exitCode, string line) =>
        Assert.True(
            run.ExitCode == exitCode && run.Output.Contains(line),
            $"expected exit code {exitCode} and \"{line}\"; got exit code {run.ExitCode}\n"
            + $"stdout:\n{string.Join('\n', run.Output)}\nstderr:\n{run.Error}");

    private Task<CommandRun> RunAsync(params string[] args) =>
        GoalsApiProcess.RunAsync(Path.Combine(_directory, "goals.db"), args);

    /// <summary>A habit met on the three days before yesterday and missed yesterday: one run of 3 ended yesterday.</summary>
    private async Task<(GoalRecord Goal, LocalDate Today)> SeedBrokenStreakAsync()
    {
        var today = await UseNoonZoneAsync();
        var seed = new AccountSeeder(Database.Services, User);
        var goal = await seed.GoalAsync("Run", GoalPattern.Habit, 1, today.PlusDays(-4));
        await seed.LogDailyAsync(goal, today.PlusDays(-4), today.PlusDays(-2));
        return (goal, today);
    }

    /// <summary>
    /// The process reads the system clock, so the user lives where it is about noon now: their day cannot end between
    /// seeding and the run. Their week starts tomorrow, so no weekly summary is due today.
    /// </summary>
    private async Task<LocalDate> UseNoonZoneAsync()
    {
        var now = Database.Services.GetRequiredService<IClock>().GetCurrentInstant().InUtc();
        var offset = 12 - (int)Math.Round(now.Hour + (now.Minute / 60.0));
        // Etc/GMT-5 is five hours ahead of UTC: the tz database writes these offsets with the POSIX sign.
        var zone = DateTimeZoneProviders.Tzdb[offset switch { 0 => "Etc/GMT", > 0 => $"Etc/GMT-{offset}", _ => $"Etc/GMT+{-offset}" }];
        var today = now.ToInstant().InZone(zone).Date;
        await Database.Services.GetRequiredService<IUserStore>().SaveSettingsAsync(
            User, new UserSettings(zone, LocalTime.Midnight, today.PlusDays(1).DayOfWeek), CancellationToken.None);
        return today;
    }

    private async Task<IReadOnlyList<string>> SnapshotsAsync(GoalRecord goal, LocalDate today) =>
        [.. (await Database.Services.GetRequiredService<IHistoryStore>().ListSnapshotsAsync(
                goal.Id, new DateInterval(today.PlusDays(-7), today), CancellationToken.None))
            .Select(snapshot => $"{JobKeys.Date(snapshot.Date)} {snapshot.Streak}")];

    private async Task<IReadOnlyList<string>> InboxAsync(NotificationKind kind) =>
        [.. (await Database.Services.GetRequiredService<INotificationStore>().ListAfterAsync(User, 0, 500, CancellationToken.None))
            .Where(notification => notification.Kind == kind).Select(notification => notification.Message)];

    private Task<string?> CheckpointAsync() =>
        Database.Services.GetRequiredService<IJobStore>().GetCheckpointAsync(JobNames.DayClose, User, CancellationToken.None);
}
