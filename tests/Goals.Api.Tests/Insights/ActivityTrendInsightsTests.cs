using Goals.Domain;
using NodaTime;
using static Goals.Api.Tests.Insights.InsightsTests;

namespace Goals.Api.Tests.Insights;

/// <summary>The rules that count activities across all goals: LAST_7_DAYS and BEST_WEEKDAY.</summary>
public sealed class ActivityTrendInsightsTests(PinnedClockApi api) : IClassFixture<PinnedClockApi>
{
    [Theory]
    [InlineData("trend-up", 5, 3, "You logged 5 activities in the 7 days before today, up from 3 in the 7 days before that.")]
    [InlineData("trend-down", 1, 4, "You logged 1 activity in the 7 days before today, down from 4 in the 7 days before that.")]
    [InlineData("trend-flat", 2, 2, "You logged 2 activities in the 7 days before today, as many as in the 7 days before that.")]
    public async Task The_seven_days_before_today_are_compared_with_the_seven_before_without_limit_goals_or_today(
        string user, int recent, int before, string message)
    {
        var seed = api.Seed(user);
        var water = await seed.GoalAsync("Water", GoalPattern.Target, 8, Nov(1));
        for (var i = 0; i < recent; i++)
        {
            await seed.LogAsync(water, Nov(24 - i));
        }

        for (var i = 0; i < before; i++)
        {
            await seed.LogAsync(water, Nov(17 - i));
        }

        await seed.LogAsync(water, Nov(10));
        await seed.LogAsync(water, Nov(25));
        var coffee = await seed.GoalAsync("Coffee", GoalPattern.Limit, 2, Nov(1));
        await seed.LogDailyAsync(coffee, Nov(19), Nov(25));
        using var client = api.ClientFor(user);

        var insights = await InsightsAsync(client, "LAST_7_DAYS");

        Assert.Equal([$"LAST_7_DAYS -: {message}"], insights);
    }

    [Fact]
    public async Task The_best_weekday_counts_eight_weeks_of_activities()
    {
        var seed = api.Seed("tuesdays");
        var practice = await seed.GoalAsync("Practice", GoalPattern.Habit, 1, new LocalDate(2026, 8, 1));
        var dates = new[] { Nov(24), Nov(17), Nov(10), Nov(3), new(2026, 10, 27), new(2026, 10, 20), Nov(19), Nov(12), Nov(5), Nov(23) };
        foreach (var date in dates)
        {
            await seed.LogAsync(practice, date);
        }

        // The 56-day window is 2026-09-30 (a Wednesday, counted) .. 2026-11-24. Seven logs on the Tuesday before it
        // would change the counts, and seven today (a Wednesday) would make Wednesday the best day, if they counted.
        await seed.LogAsync(practice, new LocalDate(2026, 9, 30));
        for (var i = 0; i < 7; i++)
        {
            await seed.LogAsync(practice, new LocalDate(2026, 9, 29));
            await seed.LogAsync(practice, Nov(25));
        }

        var sweets = await seed.GoalAsync("Sweets", GoalPattern.Limit, 1, new LocalDate(2026, 8, 1));
        await seed.LogDailyAsync(sweets, Nov(23), Nov(23));
        await seed.LogDailyAsync(sweets, Nov(16), Nov(16));
        await seed.LogDailyAsync(sweets, Nov(9), Nov(9));
        using var client = api.ClientFor("tuesdays");

        var insights = await InsightsAsync(client, "BEST_WEEKDAY");

        Assert.Equal(["BEST_WEEKDAY -: Tuesdays are your most active days: 6 of your 11 activities in the 8 weeks before today."], insights);
    }

    [Theory]
    [InlineData("few-days", new[] { 24, 17, 10, 3, 23, 16, 9, 19, 12 })]
    [InlineData("tied-days", new[] { 24, 17, 10, 3, 23, 16, 9, 2, 19, 12 })]
    public async Task No_best_weekday_with_fewer_than_ten_activities_or_a_tie(string user, int[] novemberDays)
    {
        var seed = api.Seed(user);
        var practice = await seed.GoalAsync("Practice", GoalPattern.Habit, 1, new LocalDate(2026, 8, 1));
        foreach (var day in novemberDays)
        {
            await seed.LogAsync(practice, Nov(day));
        }

        using var client = api.ClientFor(user);

        Assert.Empty(await InsightsAsync(client, "BEST_WEEKDAY"));
    }
}
