using Goals.Api.Tests.Activities;
using Goals.Api.Tests.Goals;

namespace Goals.Api.Tests.Journeys;

/// <summary>
/// One journey per pattern over HTTP: create → log (backdated and today) and skip → track progress, streak and
/// history → complete or archive. Today is Wednesday 2026-11-25 (UTC, weeks start Monday); expected values are
/// worked out by hand in the comments.
/// </summary>
public sealed class PatternJourneyTests(GoalsTestHost host) : IClassFixture<GoalsTestHost>
{
    [Fact]
    public async Task Habit_journey()
    {
        using var client = host.ClientFor("journey-habit");
        var id = await client.CreateIdAsync(new { title = "Meditate", pattern = "HABIT", target = 1, startDate = "2026-11-20" });
        foreach (var date in new[] { "2026-11-21", "2026-11-22", "2026-11-24" })
        {
            Assert.Empty((await client.LogAsync(new { goalId = id, date })).ErrorList());
        }

        Assert.Empty((await client.SkipDayAsync(id, "2026-11-23")).ErrorList());
        Assert.Empty((await client.LogAsync(new { goalId = id })).ErrorList()); // now: today
        var goal = await client.TrackAsync(id, "2026-11-20", "2026-11-25");

        // 20 missed, 21 22 done, 23 skipped (neutral), 24 25 done: a run of 4 from the 21st, today met.
        Assert.Equal((4d, 4d, "2026-11-21"), (goal.Number("streak.current"), goal.Number("streak.longest"), goal.Word("streak.startedOn")));
        Assert.Equal(("MET", 1d, 0d), (goal.Word("progress.state"), goal.Number("progress.current"), goal.Number("progress.remaining")));
        // Due days ended in the last 7 days: 20 21 22 24 (23 excused) = 3 of 4, plus today already met: 4 of 5.
        Assert.Equal(0.8, goal.Number("progress.completionRate7d"), 10);
        Assert.Equal(
            ["2026-11-20 0 false false 0", "2026-11-21 1 true false 1", "2026-11-22 1 true false 2",
             "2026-11-23 0 null true 2", "2026-11-24 1 true false 3", "2026-11-25 1 true false 4"],
            goal.Rows());

        var archived = await client.DataAsync("mutation($ids: [ID!]!) { archiveGoals(input: { ids: $ids }) { goals { status } errors { __typename } } }", new { ids = new[] { id } });
        var refused = await client.LogAsync(new { goalId = id });

        Assert.Equal("ARCHIVED", archived["archiveGoals"]!["goals"]![0]!.Text("status"));
        Assert.Equal(["InvalidStateError"], refused.ErrorList());
    }

    [Fact]
    public async Task Cumulative_journey()
    {
        using var client = host.ClientFor("journey-cumulative");
        var id = await client.CreateIdAsync(new
        {
            title = "Read 10 books", pattern = "CUMULATIVE", target = 10, unit = "books", startDate = "2026-11-16", deadline = "2026-12-15",
        });
        await client.LogAsync(new { goalId = id, amount = 2, date = "2026-11-16" });
        await client.LogAsync(new { goalId = id, amount = 3, date = "2026-11-20" });
        await client.LogAsync(new { goalId = id, amount = 1 });
        var goal = await client.TrackAsync(id, "2026-11-16", "2026-11-25");

        // 30 days (16 Nov–15 Dec), 10 elapsed, 6 read: expected 10 × 10/30 = 3.33; buffer floor(6 × 30/10) − 10 = 8;
        // rate 6 books / 10 days = 0.6 a day, 4 left → ceil(6.67) = 7 days → 2 December.
        Assert.Equal((6d, 4d, "AHEAD"), (goal.Number("progress.current"), goal.Number("progress.remaining"), goal.Word("progress.state")));
        Assert.Equal(10d / 3, goal.Number("progress.expected"), 10);
        Assert.Equal((8d, "2026-12-02"), (goal.Number("progress.safetyBufferDays"), goal.Word("progress.projectedCompletion")));
        Assert.Equal(("2026-11-16", "2026-12-15"), (goal.Word("progress.periodStart"), goal.Word("progress.periodEnd")));

        var done = await client.LogAsync(new { goalId = id, amount = 4 });
        var completed = await client.TrackAsync(id, "2026-11-25", "2026-11-25");

        Assert.Equal("COMPLETED", done["goal"].Text("status"));
        Assert.Equal(("COMPLETED", "MET", 10d), (completed.Word("status"), completed.Word("progress.state"), completed.Number("progress.current")));
        Assert.NotNull(completed["completedAt"]);
    }

    [Fact]
    public async Task Frequency_journey()
    {
        using var client = host.ClientFor("journey-frequency");
        var id = await client.CreateIdAsync(new { title = "Swim twice a week", pattern = "FREQUENCY", target = 2, startDate = "2026-11-16" });
        await client.LogAsync(new { goalId = id, date = "2026-11-16" });
        await client.LogAsync(new { goalId = id, date = "2026-11-18" });
        await client.LogAsync(new { goalId = id, date = "2026-11-24" });
        var goal = await client.TrackAsync(id, "2026-11-23", "2026-11-25");

        // Last week (16–22) met with 2 days; this week 1 of 2 with 5 days left (25–29): on track, the run of 1 at risk.
        Assert.Equal((1d, 1d, "ON_TRACK"), (goal.Number("progress.current"), goal.Number("progress.remaining"), goal.Word("progress.state")));
        Assert.Equal(("2026-11-23", "2026-11-29"), (goal.Word("progress.periodStart"), goal.Word("progress.periodEnd")));
        Assert.Equal((1d, "2026-11-16", true), (goal.Number("streak.current"), goal.Word("streak.startedOn"), goal["streak"]!["atRisk"]!.GetValue<bool>()));

        Assert.Empty((await client.LogAsync(new { goalId = id })).ErrorList());
        var met = await client.TrackAsync(id, "2026-11-25", "2026-11-25");

        Assert.Equal(("MET", 2d, false), (met.Word("progress.state"), met.Number("streak.current"), met["streak"]!["atRisk"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task Weekly_target_journey()
    {
        using var client = host.ClientFor("journey-target");
        var id = await client.CreateIdAsync(new { title = "Run 20 km a week", pattern = "TARGET", target = 20, unit = "km", period = "WEEK", startDate = "2026-11-16" });
        await client.LogAsync(new { goalId = id, amount = 12, date = "2026-11-17" });
        await client.LogAsync(new { goalId = id, amount = 9, date = "2026-11-21" });
        await client.LogAsync(new { goalId = id, amount = 5, date = "2026-11-23" });
        await client.LogAsync(new { goalId = id, amount = 6 });
        var goal = await client.TrackAsync(id, "2026-11-23", "2026-11-25");

        // Last week 21 km ≥ 20 (a run of 1); this week 11 km, 9 to go, not the last day: on track, run at risk.
        Assert.Equal((11d, 9d, "ON_TRACK"), (goal.Number("progress.current"), goal.Number("progress.remaining"), goal.Word("progress.state")));
        Assert.Equal((1d, "2026-11-16", true), (goal.Number("streak.current"), goal.Word("streak.startedOn"), goal["streak"]!["atRisk"]!.GetValue<bool>()));

        var completed = await client.MutateAsync("completeGoal", "GoalIdInput", new { id });

        Assert.Equal("COMPLETED", completed["goal"]!.Text("status"));
    }

    [Fact]
    public async Task Limit_journey()
    {
        using var client = host.ClientFor("journey-limit");
        var id = await client.CreateIdAsync(new { title = "At most 2 coffees", pattern = "LIMIT", target = 2, unit = "cups", startDate = "2026-11-22" });
        await client.LogAsync(new { goalId = id, amount = 1, date = "2026-11-22" });
        await client.LogAsync(new { goalId = id, amount = 3, date = "2026-11-23" });
        await client.LogAsync(new { goalId = id, amount = 2, date = "2026-11-24" });
        await client.LogAsync(new { goalId = id, amount = 1 });
        var goal = await client.TrackAsync(id, "2026-11-22", "2026-11-25");

        // 22 within, 23 over the cap, 24 at the cap: a run of 1 from the 24th; today (1 cup) counts once it closes.
        Assert.Equal((1d, 1d, "2026-11-24"), (goal.Number("streak.current"), goal.Number("streak.longest"), goal.Word("streak.startedOn")));
        Assert.Equal((1d, "ON_TRACK"), (goal.Number("progress.current"), goal.Word("progress.state")));

        await client.LogAsync(new { goalId = id, amount = 2 });
        var breached = await client.TrackAsync(id, "2026-11-25", "2026-11-25");

        // Three cups today: over the cap at once, and the streak drops to 0 without waiting for the day to close.
        Assert.Equal(("EXCEEDED", 3d, 0d), (breached.Word("progress.state"), breached.Number("progress.current"), breached.Number("streak.current")));
        var archived = await client.DataAsync("mutation($ids: [ID!]!) { archiveGoals(input: { ids: $ids }) { goals { status } } }", new { ids = new[] { id } });
        Assert.Equal("ARCHIVED", archived["archiveGoals"]!["goals"]![0]!.Text("status"));
    }
}
