using Goals.Api.Tests.Scheduling;
using Goals.Domain;
using NodaTime;
using static Goals.Api.Tests.Insights.InsightsTests;

namespace Goals.Api.Tests.Insights;

/// <summary>PERFECT_WEEK: the last full week (by the user's week start) before today, judged like dailyStats.</summary>
public sealed class PerfectWeekInsightsTests(JobsApi api) : IClassFixture<JobsApi>
{
    [Fact]
    public async Task A_perfect_week_counts_its_due_goals_and_the_perfect_weeks_before_it()
    {
        var seed = api.Seed("perfect-run");
        var walk = await seed.GoalAsync("Walk", GoalPattern.Habit, 1, Nov(9));
        await seed.LogDailyAsync(walk, Nov(9), Nov(22));
        var gym = await seed.GoalAsync("Gym", GoalPattern.Frequency, 2, Nov(9), GoalPeriod.Week);
        foreach (var day in new[] { 10, 13, 16, 18 })
        {
            await seed.LogAsync(gym, Nov(day));
        }

        Assert.Equal(
            ["PERFECT_WEEK -: Perfect week: you met every goal due from 2026-11-16 to 2026-11-22 (8 of 8). That makes 2 perfect weeks in a row."],
            await PerfectWeekAsync("perfect-run"));
    }

    [Fact]
    public async Task The_week_follows_the_user_s_week_start_and_a_week_before_any_goal_does_not_count()
    {
        await api.UseZoneAsync("perfect-sunday", "Etc/UTC", IsoDayOfWeek.Sunday);
        var seed = api.Seed("perfect-sunday");
        var stretch = await seed.GoalAsync("Stretch", GoalPattern.Habit, 1, Nov(15));
        await seed.LogDailyAsync(stretch, Nov(15), Nov(21));

        Assert.Equal(
            ["PERFECT_WEEK -: Perfect week: you met every goal due from 2026-11-15 to 2026-11-21 (7 of 7)."],
            await PerfectWeekAsync("perfect-sunday"));
    }

    [Fact]
    public async Task A_skipped_day_is_not_due_so_the_week_stays_perfect()
    {
        var seed = api.Seed("perfect-skip");
        var read = await seed.GoalAsync("Read", GoalPattern.Habit, 1, Nov(16));
        await seed.LogDailyAsync(read, Nov(16), Nov(18));
        await seed.SkipAsync(read, Nov(19));
        await seed.LogDailyAsync(read, Nov(20), Nov(22));

        Assert.Equal(
            ["PERFECT_WEEK -: Perfect week: you met every goal due from 2026-11-16 to 2026-11-22 (6 of 6)."],
            await PerfectWeekAsync("perfect-skip"));
    }

    [Fact]
    public async Task One_missed_day_in_the_last_week_means_no_perfect_week_whatever_came_before()
    {
        var seed = api.Seed("perfect-miss");
        var floss = await seed.GoalAsync("Floss", GoalPattern.Habit, 1, Nov(2));
        await seed.LogDailyAsync(floss, Nov(2), Nov(17));
        await seed.LogDailyAsync(floss, Nov(19), Nov(24));

        Assert.Empty(await PerfectWeekAsync("perfect-miss"));
    }

    [Fact]
    public async Task A_week_with_nothing_due_is_not_perfect()
    {
        var seed = api.Seed("perfect-nothing-due");
        var save = await seed.GoalAsync("Save", GoalPattern.Cumulative, 1000, Nov(1), deadline: new LocalDate(2026, 12, 31));
        await seed.LogDailyAsync(save, Nov(16), Nov(22), 20);

        Assert.Empty(await PerfectWeekAsync("perfect-nothing-due"));
    }

    private async Task<List<string>> PerfectWeekAsync(string userId)
    {
        using var client = api.ClientFor(userId);
        return await InsightsAsync(client, "PERFECT_WEEK");
    }
}
