using Goals.Api.Scheduling;
using Goals.Domain;
using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Api.Tests.Scheduling;

/// <summary>
/// Attack: one user's data made a sweep throw (an OverflowException from a CUMULATIVE target of 1e9, a goal starting
/// 9999-12-31), which stopped the day close and the reminders for every user after them.
/// </summary>
public sealed class PoisonedUserSweepTests : IDisposable
{
    private static readonly string[] Users = ["sweep-a", "sweep-b", "sweep-c"];
    private static readonly LocalDate Nov20 = new(2026, 11, 20);

    private readonly RecordedStoreApi _api = new();
    private readonly UserFailureCounts _failures = new();

    [Fact]
    public async Task A_poisoned_user_in_the_middle_of_the_day_close_is_counted_and_retried_while_the_users_after_it_are_closed()
    {
        await SeedHabitsAsync();
        _api.Calls.PoisonedUser = "sweep-b";

        var run = await _api.RunAsync(JobNames.DayClose, Instant.FromUtc(2026, 11, 25, 0, 30));

        _api.Calls.PoisonedUser = null;
        Assert.Equal((2, 1), (run.UsersProcessed, run.UsersFailed));
        Assert.Equal("2026-11-24 - 2026-11-24", await CheckpointsAsync());
        Assert.Equal(1, _failures.For(JobNames.DayClose));
        using var http = _api.CreateClient();
        var scrape = await http.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        Assert.Contains(scrape.Split('\n'), line =>
            line.StartsWith("goals_job_user_failures_total{", StringComparison.Ordinal) && line.Contains("job=\"day-close\"", StringComparison.Ordinal));

        // The failed user was not marked done: once the data reads again, the next sweep closes them, and only them.
        var retry = await _api.RunAsync(JobNames.DayClose, Instant.FromUtc(2026, 11, 25, 0, 40));

        Assert.Equal((1, 0), (retry.UsersProcessed, retry.UsersFailed));
        Assert.Equal("2026-11-24 2026-11-24 2026-11-24", await CheckpointsAsync());
    }

    [Fact]
    public async Task A_poisoned_user_in_the_middle_of_the_reminders_does_not_keep_the_weekly_summary_from_the_users_after_it()
    {
        await SeedHabitsAsync();
        _api.Calls.PoisonedUser = "sweep-b";

        // Monday 2026-11-23, 00:05 UTC: the first day of everyone's week.
        var run = await _api.RunAsync(JobNames.Reminders, Instant.FromUtc(2026, 11, 23, 0, 5));

        Assert.Equal((2, 1), (run.UsersProcessed, run.UsersFailed));
        Assert.Equal("1 0 1", await SummaryCountsAsync());
        Assert.Equal(1, _failures.For(JobNames.Reminders));

        _api.Calls.PoisonedUser = null;
        await _api.RunAsync(JobNames.Reminders, Instant.FromUtc(2026, 11, 23, 0, 15));

        Assert.Equal("1 1 1", await SummaryCountsAsync());
    }

    [Fact]
    public async Task Goals_an_earlier_build_stored_out_of_range_no_longer_fail_any_sweep()
    {
        await SeedHabitsAsync();
        var legacy = _api.Seed("sweep-b");
        var books = await legacy.GoalAsync("Books", GoalPattern.Cumulative, 1e9, Nov20);
        await legacy.LogAsync(books, Nov20);
        await legacy.GoalAsync("Someday", GoalPattern.Frequency, 3, new LocalDate(9999, 12, 31), GoalPeriod.Week);

        var close = await _api.RunAsync(JobNames.DayClose, Instant.FromUtc(2026, 11, 23, 0, 5));
        var remind = await _api.RunAsync(JobNames.Reminders, Instant.FromUtc(2026, 11, 23, 0, 5));

        Assert.Equal((3, 0, 3, 0), (close.UsersProcessed, close.UsersFailed, remind.UsersProcessed, remind.UsersFailed));
        Assert.Equal("2026-11-22 2026-11-22 2026-11-22", await CheckpointsAsync());
        Assert.Equal("1 1 1", await SummaryCountsAsync());
        Assert.Equal(0, _failures.For(JobNames.DayClose) + _failures.For(JobNames.Reminders));
    }

    public void Dispose()
    {
        _failures.Dispose();
        _api.Dispose();
    }

    private async Task SeedHabitsAsync()
    {
        foreach (var user in Users)
        {
            await _api.UseUtcAsync(user);
            var seed = _api.Seed(user);
            var goal = await seed.GoalAsync("Meditate", GoalPattern.Habit, 1, Nov20);
            await seed.LogDailyAsync(goal, Nov20, new LocalDate(2026, 11, 24));
        }
    }

    /// <summary>Each user's day-close checkpoint, "-" for none.</summary>
    private async Task<string> CheckpointsAsync() =>
        string.Join(' ', (await Task.WhenAll(Users.Select(_api.CheckpointAsync))).Select(checkpoint => checkpoint ?? "-"));

    private async Task<string> SummaryCountsAsync() =>
        string.Join(' ', await Task.WhenAll(Users.Select(async user => (await _api.InboxAsync(user, NotificationKind.WeeklySummary)).Count)));
}
