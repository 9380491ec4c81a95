using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Api.Tests.Goals;

/// <summary>pauseGoal, resumeGoal, and completeGoal ending a pause: which days the pause windows excuse.</summary>
public sealed class GoalPauseTests(GoalsTestHost host) : IClassFixture<GoalsTestHost>
{
    [Fact]
    public async Task Pausing_an_active_goal_excuses_the_days_from_today_on()
    {
        using var client = host.ClientFor("pause-default");
        var id = await client.CreateIdAsync(new { title = "Walk", pattern = "HABIT", target = 1, startDate = "2026-11-01" });

        var payload = await client.MutateAsync("pauseGoal", "PauseGoalInput", new { id });

        Assert.Null(payload["errors"]);
        Assert.Equal("PAUSED", payload["goal"]!["status"]!.GetValue<string>());
        Assert.Equal(2, payload["goal"]!["version"]!.GetValue<int>());
        var pause = Assert.Single(await host.PausesAsync("pause-default", id));
        Assert.Equal((GoalsTestHost.Today, (LocalDate?)null), (pause.From, pause.To));
    }

    [Fact]
    public async Task A_pause_may_start_in_the_past_and_end_on_a_given_day()
    {
        using var client = host.ClientFor("pause-window");
        var id = await client.CreateIdAsync(new { title = "Walk", pattern = "HABIT", target = 1, startDate = "2026-11-01" });

        await client.MutateAsync("pauseGoal", "PauseGoalInput", new { id, from = "2026-11-20", to = "2026-11-30" });

        var history = await client.DataAsync(
            """query($id: ID!) { goal(id: $id) { history(from: "2026-11-19", to: "2026-11-20") { date excused } } }""", new { id });
        var days = history["goal"]!["history"]!.AsArray();
        Assert.False(days[0]!["excused"]!.GetValue<bool>());
        Assert.True(days[1]!["excused"]!.GetValue<bool>());
        var pause = Assert.Single(await host.PausesAsync("pause-window", id));
        Assert.Equal((new LocalDate(2026, 11, 20), (LocalDate?)new LocalDate(2026, 11, 30)), (pause.From, pause.To));
    }

    [Theory]
    [InlineData("2026-11-26", null, "from")]
    [InlineData("2026-11-20", "2026-11-24", "to")]
    public async Task A_pause_that_starts_tomorrow_or_ended_yesterday_is_refused(string from, string? to, string field)
    {
        var user = "pause-invalid-" + field;
        using var client = host.ClientFor(user);
        var id = await client.CreateIdAsync(new { title = "Walk", pattern = "HABIT", target = 1 });

        var payload = await client.MutateAsync("pauseGoal", "PauseGoalInput", new { id, from, to });

        Assert.Equal([field], payload.ErrorFieldNames());
        Assert.Empty(await host.PausesAsync(user, id));
        Assert.Equal("ACTIVE", await client.StatusAsync(id));
    }

    [Fact]
    public async Task Resuming_ends_the_pause_yesterday_so_today_counts_again()
    {
        using var client = host.ClientFor("resume-past");
        var id = await client.CreateIdAsync(new { title = "Walk", pattern = "HABIT", target = 1, startDate = "2026-11-01" });
        await client.MutateAsync("pauseGoal", "PauseGoalInput", new { id, from = "2026-11-20" });

        var payload = await client.MutateAsync("resumeGoal", "GoalIdInput", new { id });

        Assert.Equal("ACTIVE", payload["goal"]!["status"]!.GetValue<string>());
        var pause = Assert.Single(await host.PausesAsync("resume-past", id));
        Assert.Equal((new LocalDate(2026, 11, 20), (LocalDate?)new LocalDate(2026, 11, 24)), (pause.From, pause.To));
    }

    [Fact]
    public async Task Resuming_on_the_day_a_pause_started_removes_the_pause()
    {
        using var client = host.ClientFor("resume-same-day");
        var id = await client.CreateIdAsync(new { title = "Walk", pattern = "HABIT", target = 1 });
        await client.MutateAsync("pauseGoal", "PauseGoalInput", new { id });

        await client.MutateAsync("resumeGoal", "GoalIdInput", new { id });

        Assert.Empty(await host.PausesAsync("resume-same-day", id));
        Assert.Equal("ACTIVE", await client.StatusAsync(id));
    }

    [Fact]
    public async Task Completing_sets_completed_at_and_ends_an_open_pause()
    {
        using var client = host.ClientFor("complete");
        var id = await client.CreateIdAsync(new { title = "Walk", pattern = "HABIT", target = 1, startDate = "2026-11-01" });
        await client.MutateAsync("pauseGoal", "PauseGoalInput", new { id, from = "2026-11-22" });

        var goal = (await client.MutateAsync("completeGoal", "GoalIdInput", new { id }))["goal"]!;

        Assert.Equal("COMPLETED", goal["status"]!.GetValue<string>());
        Assert.Equal("2026-11-25T12:00:00Z", goal["completedAt"]!.GetValue<string>());
        var pause = Assert.Single(await host.PausesAsync("complete", id));
        Assert.Equal(new LocalDate(2026, 11, 24), pause.To);
    }
}
