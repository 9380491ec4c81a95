using Goals.Api.Tests.Activities;
using Goals.Api.Tests.Goals;
using Goals.Api.Vacations;
using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Api.Tests.Vacations;

/// <summary><c>endVacation</c> with today pinned to Wednesday 2026-11-25 (UTC).</summary>
public sealed class EndVacationTests(GoalsTestHost host) : IClassFixture<GoalsTestHost>
{
    [Fact]
    public async Task Ending_the_running_vacation_cuts_it_to_yesterday_and_leaves_a_planned_one_alone()
    {
        using var client = host.ClientFor("end-running");
        var id = await client.StartVacationIdAsync(new { from = "2026-11-20", to = "2026-11-30" });
        await client.StartVacationIdAsync(new { from = "2026-12-20", to = "2026-12-31" });

        var payload = await client.EndVacationAsync();

        Assert.Null(payload["errors"]);
        Assert.Equal(id, payload["vacation"].Text("id"));
        Assert.Equal("2026-11-20..2026-11-24", VacationRequests.Window(payload["vacation"]!));
        Assert.Equal(["2026-11-20..2026-11-24", "2026-12-20..2026-12-31"], await client.VacationsAsync());
    }

    [Fact]
    public async Task Ending_by_id_ends_that_vacation()
    {
        using var client = host.ClientFor("end-by-id");
        var id = await client.StartVacationIdAsync(new { from = "2026-11-22" });

        var payload = await client.EndVacationAsync(id);

        Assert.Equal("2026-11-22..2026-11-24", VacationRequests.Window(payload["vacation"]!));
        Assert.Equal(["2026-11-22..2026-11-24"], await client.VacationsAsync());
    }

    [Fact]
    public async Task Ending_a_vacation_that_started_today_removes_it()
    {
        using var client = host.ClientFor("end-same-day");
        await client.StartVacationIdAsync(new { to = "2026-12-01" });

        var payload = await client.EndVacationAsync();

        Assert.Null(payload["errors"]);
        Assert.Null(payload["vacation"]);
        Assert.Empty(await client.VacationsAsync());
    }

    [Fact]
    public async Task Ending_when_no_vacation_runs_today_is_an_invalid_state()
    {
        using var client = host.ClientFor("end-none-running");
        await client.StartVacationIdAsync(new { from = "2026-12-20", to = "2026-12-31" });

        var payload = await client.EndVacationAsync();

        Assert.Null(payload["vacation"]);
        Assert.Equal("InvalidStateError No vacation is running today.", payload.SingleError());
        Assert.Equal(["2026-12-20..2026-12-31"], await client.VacationsAsync());
    }

    [Fact]
    public async Task Ending_a_planned_vacation_is_an_invalid_state()
    {
        using var client = host.ClientFor("end-planned");
        var id = await client.StartVacationIdAsync(new { from = "2026-11-26" });

        var payload = await client.EndVacationAsync(id);

        Assert.Equal("InvalidStateError This vacation has not started yet: delete it with deleteVacation.", payload.SingleError());
        Assert.Equal(["2026-11-26..open"], await client.VacationsAsync());
    }

    [Fact]
    public async Task Ending_a_vacation_that_is_over_is_an_invalid_state()
    {
        using var client = host.ClientFor("end-over");
        var id = await client.StartVacationIdAsync(new { from = "2026-11-20" });
        await client.EndVacationAsync(id);

        var payload = await client.EndVacationAsync(id);

        Assert.Equal("InvalidStateError This vacation is already over.", payload.SingleError());
        Assert.Equal(["2026-11-20..2026-11-24"], await client.VacationsAsync());
    }

    [Fact]
    public async Task Unknown_malformed_foreign_and_goal_pause_ids_are_not_found()
    {
        using var owner = host.ClientFor("end-foreign-owner");
        using var client = host.ClientFor("end-foreign-caller");
        var foreign = await owner.StartVacationIdAsync(new { from = "2026-11-20" });
        await client.StartVacationIdAsync(new { from = "2026-11-21" });
        var goalId = await client.CreateIdAsync(new { title = "Walk", pattern = "HABIT", target = 1, startDate = "2026-11-01" });
        var goalPause = await host.Store<IExcusalStore>().AddPauseAsync(
            "end-foreign-caller", GoalRequests.KeyOf(goalId), new LocalDate(2026, 11, 20), null, default);

        string[] ids = [VacationRequests.UnknownVacationId, "not-an-id", foreign, goalId, VacationIds.Encode(goalPause.Id)];
        foreach (var id in ids)
        {
            var payload = await client.EndVacationAsync(id);

            Assert.Equal("NotFoundError No vacation was found with this id.", payload.SingleError());
            Assert.Equal(id, payload["errors"]![0].Text("id"));
        }

        Assert.Equal(["2026-11-20..open"], await owner.VacationsAsync());
        Assert.Equal(["2026-11-21..open"], await client.VacationsAsync());
        var goalKey = GoalRequests.KeyOf(goalId);
        Assert.Contains(goalPause, (await host.Store<IExcusalStore>().GetForGoalsAsync("end-foreign-caller", [goalKey], default))[goalKey].Pauses);
    }
}
