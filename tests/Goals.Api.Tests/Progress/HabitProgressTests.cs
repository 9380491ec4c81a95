using Goals.Api.Tests.Goals;

namespace Goals.Api.Tests.Progress;

/// <summary>Today is Wednesday 2026-11-25 (UTC, weeks start on Monday).</summary>
public sealed class HabitProgressTests(GoalsTestHost host) : IClassFixture<GoalsTestHost>
{
    private static readonly object Meditate = new { title = "Meditate", pattern = "HABIT", target = 1, startDate = "2026-11-20" };

    [Fact]
    public async Task Four_done_days_and_an_open_today_make_a_streak_of_four_at_risk()
    {
        // Fri 20 missed, Sat 21 .. Tue 24 done, today open.
        using var scenario = await (await new ProgressScenario(host, "habit-at-risk").WithGoalAsync(Meditate))
            .LogAsync(1, "2026-11-21", "2026-11-22", "2026-11-23", "2026-11-24");

        var progress = await scenario.ProgressAsync();
        var streak = await scenario.StreakAsync();

        Assert.Equal(("2026-11-25", "2026-11-25", "2026-11-25"), (progress.Text("asOf"), progress.Text("periodStart"), progress.Text("periodEnd")));
        Assert.Equal((0d, 1d, 0d, 1d), (progress.Number("current"), progress.Number("target"), progress.Number("fraction"), progress.Number("remaining")));
        Assert.Equal("AT_RISK", progress.Text("state"));
        // Due days that ended within the last 7 (30) days up to yesterday: 20..24, four of them done.
        Assert.Equal(0.8, progress.Number("completionRate7d"), 10);
        Assert.Equal(0.8, progress.Number("completionRate30d"), 10);
        Assert.Null(progress["expected"]);
        Assert.Null(progress["safetyBufferDays"]);
        // m = 0.5^(1/13); s = s·m + v·(1−m) over 20..24 with v = 0,1,1,1,1; the open today may not lower it.
        Assert.Equal(19.206693, progress.Number("strength"), 6);
        Assert.Equal((4, 4, "DAY", "2026-11-21", true),
            (streak["current"]!.GetValue<int>(), streak["longest"]!.GetValue<int>(), streak.Text("unit"), streak.Text("startedOn"), streak.Flag("atRisk")));
    }

    [Fact]
    public async Task Doing_it_today_meets_the_day_and_extends_the_streak()
    {
        using var scenario = await (await new ProgressScenario(host, "habit-met").WithGoalAsync(Meditate))
            .LogAsync(1, "2026-11-21", "2026-11-22", "2026-11-23", "2026-11-24", "2026-11-25");

        var progress = await scenario.ProgressAsync();
        var streak = await scenario.StreakAsync();

        Assert.Equal(("MET", 1d, 1d, 0d), (progress.Text("state"), progress.Number("current"), progress.Number("fraction"), progress.Number("remaining")));
        // The open day counts once it has succeeded: 5 of the 6 due days 20..25.
        Assert.Equal(5d / 6, progress.Number("completionRate7d"), 10);
        Assert.Equal(23.401682, progress.Number("strength"), 6); // 19.206693 · m + 100 · (1 − m)
        Assert.Equal((5, false), (streak["current"]!.GetValue<int>(), streak.Flag("atRisk")));
    }

    [Fact]
    public async Task A_skipped_day_neither_counts_nor_breaks_the_streak()
    {
        using var scenario = await (await new ProgressScenario(host, "habit-skip").WithGoalAsync(Meditate))
            .LogAsync(1, "2026-11-21", "2026-11-22", "2026-11-24");
        await host.Store<Storage.Abstractions.IExcusalStore>().AddSkipAsync(
            GoalRequests.KeyOf(scenario.GoalId), new NodaTime.LocalDate(2026, 11, 23), default);

        var streak = await scenario.StreakAsync();

        Assert.Equal((3, 3, "2026-11-21"), (streak["current"]!.GetValue<int>(), streak["longest"]!.GetValue<int>(), streak.Text("startedOn")));
    }

    [Fact]
    public async Task Progress_as_of_an_earlier_day_reports_that_day()
    {
        using var scenario = await (await new ProgressScenario(host, "habit-as-of").WithGoalAsync(Meditate))
            .LogAsync(1, "2026-11-21", "2026-11-22");

        var progress = await scenario.ProgressAsync("2026-11-22");

        Assert.Equal(("2026-11-22", "MET", 1d), (progress.Text("asOf"), progress.Text("state"), progress.Number("current")));
    }

    [Fact]
    public async Task History_reports_each_day_from_the_start_date_through_today_as_it_stood_at_its_close()
    {
        using var scenario = await (await new ProgressScenario(host, "habit-history").WithGoalAsync(Meditate))
            .LogAsync(1, "2026-11-21", "2026-11-22", "2026-11-23", "2026-11-24");

        var days = (await scenario.Client.DataAsync(
            """query($id: ID!) { goal(id: $id) { history(from: "2026-11-19", to: "2026-11-30") { date value target met excused streak } } }""",
            new { id = scenario.GoalId }))["goal"]!["history"]!.AsArray();

        Assert.Equal(
            [
                "2026-11-20 0 1 false 0", "2026-11-21 1 1 true 1", "2026-11-22 1 1 true 2",
                "2026-11-23 1 1 true 3", "2026-11-24 1 1 true 4", "2026-11-25 0 1 null 4",
            ],
            days.Select(day => $"{day!.Text("date")} {day!.Number("value")} {day!.Number("target")} {day!["met"]?.ToJsonString() ?? "null"} {day!["streak"]}"));
        Assert.All(days, day => Assert.False(day!.Flag("excused")));
    }

    [Theory]
    [InlineData("2025-11-24", "2026-11-25")]
    [InlineData("2026-11-25", "2026-11-24")]
    public async Task A_history_longer_than_366_days_or_backwards_is_a_request_error(string from, string to)
    {
        using var scenario = await new ProgressScenario(host, "habit-history-range-" + from).WithGoalAsync(Meditate);

        var response = await scenario.Client.SendAsync(
            "query($id: ID!, $from: LocalDate!, $to: LocalDate!) { goal(id: $id) { history(from: $from, to: $to) { date } } }",
            new { id = scenario.GoalId, from, to });

        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
    }
}
