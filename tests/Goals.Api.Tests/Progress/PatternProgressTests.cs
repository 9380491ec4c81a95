using Goals.Api.Tests.Goals;

namespace Goals.Api.Tests.Progress;

/// <summary>Today is Wednesday 2026-11-25 (UTC); this week runs Monday 23 through Sunday 29.</summary>
public sealed partial class PatternProgressTests(GoalsTestHost host) : IClassFixture<GoalsTestHost>
{
    [Fact]
    public async Task Frequency_counts_distinct_days_and_a_met_last_week_is_a_streak_at_risk()
    {
        using var scenario = await (await new ProgressScenario(host, "frequency").WithGoalAsync(
                new { title = "Exercise", pattern = "FREQUENCY", target = 3, startDate = "2026-11-16" }))
            .LogAsync(1, "2026-11-17", "2026-11-19", "2026-11-21", "2026-11-23", "2026-11-24", "2026-11-24");

        var progress = await scenario.ProgressAsync();
        var streak = await scenario.StreakAsync();

        Assert.Equal(("2026-11-23", "2026-11-29", "ON_TRACK"), (progress.Text("periodStart"), progress.Text("periodEnd"), progress.Text("state")));
        Assert.Equal((2d, 3d, 1d), (progress.Number("current"), progress.Number("target"), progress.Number("remaining")));
        Assert.Equal(2d / 3, progress.Number("fraction"), 10);
        Assert.Equal((1d, 1d), (progress.Number("completionRate7d"), progress.Number("completionRate30d")));
        Assert.Equal((1, 1, "WEEK", "2026-11-16", true),
            (streak["current"]!.GetValue<int>(), streak["longest"]!.GetValue<int>(), streak.Text("unit"), streak.Text("startedOn"), streak.Flag("atRisk")));
    }

    [Theory]
    [InlineData(5, "ON_TRACK")] // 4 more needed, 5 days left (25..29)
    [InlineData(6, "AT_RISK")] // 5 more needed, 5 days left
    [InlineData(7, "MISSED")] // 6 more needed, 5 days left
    public async Task Frequency_state_compares_the_days_still_needed_with_the_days_left(int target, string state)
    {
        using var scenario = await (await new ProgressScenario(host, "frequency-state-" + target).WithGoalAsync(
                new { title = "Train", pattern = "FREQUENCY", target, startDate = "2026-11-23" }))
            .LogAsync(1, "2026-11-23");

        Assert.Equal(state, (await scenario.ProgressAsync()).Text("state"));
    }

    [Fact]
    public async Task Frequency_with_a_minimum_counts_only_days_whose_total_reaches_it()
    {
        using var scenario = await (await new ProgressScenario(host, "frequency-min").WithGoalAsync(
                new { title = "Run", pattern = "FREQUENCY", target = 3, minAmount = 30, startDate = "2026-11-23" }))
            .LogAsync((20, "2026-11-23"), (40, "2026-11-24"));

        Assert.Equal(1d, (await scenario.ProgressAsync()).Number("current"));
    }

    [Fact]
    public async Task Daily_target_sums_today_and_a_failed_yesterday_leaves_no_streak_to_risk()
    {
        using var scenario = await (await new ProgressScenario(host, "target-daily").WithGoalAsync(
                new { title = "Drink 8 glasses", pattern = "TARGET", target = 8, startDate = "2026-11-23" }))
            .LogAsync((8, "2026-11-23"), (5, "2026-11-24"), (3, "2026-11-25"), (2, "2026-11-25"));

        var progress = await scenario.ProgressAsync();
        var streak = await scenario.StreakAsync();

        Assert.Equal((5d, 3d, 0.625, "ON_TRACK"), (progress.Number("current"), progress.Number("remaining"), progress.Number("fraction"), progress.Text("state")));
        Assert.Equal(0.5, progress.Number("completionRate7d"), 10);
        Assert.Equal((0, 1, false), (streak["current"]!.GetValue<int>(), streak["longest"]!.GetValue<int>(), streak.Flag("atRisk")));
    }

    [Fact]
    public async Task Weekly_target_met_in_the_open_week_extends_the_streak()
    {
        using var scenario = await (await new ProgressScenario(host, "target-weekly").WithGoalAsync(
                new { title = "Run 20 km", pattern = "TARGET", target = 20, period = "WEEK", startDate = "2026-11-16" }))
            .LogAsync((25, "2026-11-18"), (12, "2026-11-23"), (9, "2026-11-25"));

        var progress = await scenario.ProgressAsync();
        var streak = await scenario.StreakAsync();

        Assert.Equal((21d, 0d, 1.05, "MET"), (progress.Number("current"), progress.Number("remaining"), progress.Number("fraction"), progress.Text("state")));
        Assert.Equal((2, "2026-11-16", false), (streak["current"]!.GetValue<int>(), streak.Text("startedOn"), streak.Flag("atRisk")));
    }

    [Fact]
    public async Task Limit_under_the_cap_is_on_track_and_yesterdays_breach_ended_the_streak()
    {
        using var scenario = await (await new ProgressScenario(host, "limit").WithGoalAsync(
                new { title = "At most 2 coffees", pattern = "LIMIT", target = 2, startDate = "2026-11-23" }))
            .LogAsync((1, "2026-11-23"), (3, "2026-11-24"), (1, "2026-11-25"));

        var progress = await scenario.ProgressAsync();
        var streak = await scenario.StreakAsync();

        Assert.Equal((1d, 1d, 0.5, "ON_TRACK"), (progress.Number("current"), progress.Number("remaining"), progress.Number("fraction"), progress.Text("state")));
        Assert.Equal((0, 1), (streak["current"]!.GetValue<int>(), streak["longest"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Limit_over_the_cap_today_is_exceeded_and_drops_the_streak_at_once()
    {
        using var scenario = await (await new ProgressScenario(host, "limit-exceeded").WithGoalAsync(
                new { title = "At most 2 coffees", pattern = "LIMIT", target = 2, startDate = "2026-11-22" }))
            .LogAsync(3, "2026-11-25");

        var progress = await scenario.ProgressAsync();
        var streak = await scenario.StreakAsync();

        Assert.Equal((3d, 0d, 1.5, "EXCEEDED"), (progress.Number("current"), progress.Number("remaining"), progress.Number("fraction"), progress.Text("state")));
        // 22, 23 and 24 closed without a coffee (successes), but a breach of the open day counts at once.
        Assert.Equal((0, 3), (streak["current"]!.GetValue<int>(), streak["longest"]!.GetValue<int>()));
    }
}
