using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Api.Tests.Goals;

/// <summary>
/// Pausing and resuming write a goal's status and its pause windows in two steps. These tests put the store in the
/// state a failure between the two steps leaves, and show that repeating the mutation finishes the job.
/// </summary>
public sealed class PauseRecoveryTests(GoalsTestHost host) : IClassFixture<GoalsTestHost>
{
    private IExcusalStore Excusals => host.Store<IExcusalStore>();

    [Fact]
    public async Task A_resume_interrupted_after_ending_the_pause_completes_when_repeated()
    {
        using var client = host.ClientFor("resume-retry");
        var id = await client.CreateIdAsync(new { title = "Walk", pattern = "HABIT", target = 1, startDate = "2026-11-01" });
        await client.MutateAsync("pauseGoal", "PauseGoalInput", new { id, from = "2026-11-20" });
        await Excusals.EndPausesAsync("resume-retry", GoalRequests.KeyOf(id), GoalsTestHost.Today, default);

        var payload = await client.MutateAsync("resumeGoal", "GoalIdInput", new { id });

        Assert.Equal("ACTIVE", payload["goal"]!["status"]!.GetValue<string>());
        var pause = Assert.Single(await host.PausesAsync("resume-retry", id));
        Assert.Equal((new LocalDate(2026, 11, 20), (LocalDate?)new LocalDate(2026, 11, 24)), (pause.From, pause.To));
    }

    [Fact]
    public async Task A_pause_interrupted_after_its_window_completes_when_repeated_and_resume_ends_both_windows()
    {
        using var client = host.ClientFor("pause-retry");
        var id = await client.CreateIdAsync(new { title = "Walk", pattern = "HABIT", target = 1, startDate = "2026-11-01" });
        await Excusals.AddPauseAsync("pause-retry", GoalRequests.KeyOf(id), new LocalDate(2026, 11, 22), null, default);

        var paused = await client.MutateAsync("pauseGoal", "PauseGoalInput", new { id, from = "2026-11-22" });
        await client.MutateAsync("resumeGoal", "GoalIdInput", new { id });

        Assert.Equal("PAUSED", paused["goal"]!["status"]!.GetValue<string>());
        Assert.All(await host.PausesAsync("pause-retry", id), pause =>
            Assert.Equal((new LocalDate(2026, 11, 22), (LocalDate?)new LocalDate(2026, 11, 24)), (pause.From, pause.To)));
        var history = await client.DataAsync(
            """query($id: ID!) { goal(id: $id) { history(from: "2026-11-21", to: "2026-11-25") { excused } } }""", new { id });
        Assert.Equal(
            [false, true, true, true, false],
            history["goal"]!["history"]!.AsArray().Select(day => day!["excused"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task A_refused_resume_ends_no_pause()
    {
        using var client = host.ClientFor("resume-refused");
        var id = await client.CreateIdAsync(new { title = "Walk", pattern = "HABIT", target = 1, startDate = "2026-11-01" });
        await Excusals.AddPauseAsync("resume-refused", GoalRequests.KeyOf(id), new LocalDate(2026, 11, 20), null, default);

        var payload = await client.MutateAsync("resumeGoal", "GoalIdInput", new { id });

        Assert.Equal(["InvalidStateError"], payload.ErrorTypes());
        Assert.Null(Assert.Single(await host.PausesAsync("resume-refused", id)).To);
    }
}
