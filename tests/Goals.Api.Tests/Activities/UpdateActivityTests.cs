using Goals.Domain;
using Goals.Server.Relay;
using NodaTime;

namespace Goals.Api.Tests.Activities;

public sealed class UpdateActivityTests(ActivitiesHost host) : IClassFixture<ActivitiesHost>
{
    [Fact]
    public async Task Changing_amount_and_note_changes_the_day_total()
    {
        var goal = await host.SeedGoalAsync("editor", GoalPattern.Target, target: 8);
        using var client = host.ClientFor("editor");
        var id = (await client.LogAsync(new { goalId = goal.Id, amount = 2, note = "glass" }))["activity"].Text("id");

        var payload = await client.UpdateAsync(new { id, amount = 5, note = "jug" });

        Assert.Empty(payload.ErrorList());
        Assert.Equal(5, payload["activity"]!["amount"]!.GetValue<double>());
        Assert.Equal("jug", payload["activity"].Text("note"));
        Assert.Equal(goal.Id, payload["goal"].Text("id"));
        Assert.Equal(["2026-11-24=5/1"], await host.DayTotalsAsync(goal.Key));
    }

    [Fact]
    public async Task An_empty_note_clears_the_note_and_an_omitted_one_keeps_it()
    {
        var goal = await host.SeedGoalAsync("note-clearer");
        using var client = host.ClientFor("note-clearer");
        var id = (await client.LogAsync(new { goalId = goal.Id, note = "keep me" }))["activity"].Text("id");

        var kept = await client.UpdateAsync(new { id, amount = 3 });
        var cleared = await client.UpdateAsync(new { id, note = "" });

        Assert.Equal("keep me", kept["activity"].Text("note"));
        Assert.Null(cleared["activity"]!["note"]);
        Assert.Equal(3, cleared["activity"]!["amount"]!.GetValue<double>());
    }

    [Fact]
    public async Task Moving_the_date_recomputes_both_days_and_keeps_the_time_into_the_day()
    {
        var goal = await host.SeedGoalAsync("mover", GoalPattern.Target, target: 8);
        using var client = host.ClientFor("mover");
        var moving = (await client.LogAsync(new { goalId = goal.Id, amount = 3, occurredAt = "2026-11-20T18:30:00Z" }))["activity"].Text("id");
        await client.LogAsync(new { goalId = goal.Id, amount = 1, date = "2026-11-20" });

        var payload = await client.UpdateAsync(new { id = moving, date = "2026-11-18" });

        Assert.Equal("2026-11-18", payload["activity"].Text("date"));
        Assert.Equal("2026-11-18T18:30:00Z", payload["activity"].Text("occurredAt"));
        Assert.Equal(["2026-11-18=3/1", "2026-11-20=1/1"], await host.DayTotalsAsync(goal.Key));
    }

    [Fact]
    public async Task An_edit_that_breaks_a_rule_is_refused_and_changes_nothing()
    {
        var goal = await host.SeedGoalAsync("bad-editor", startDate: new LocalDate(2026, 11, 10));
        using var client = host.ClientFor("bad-editor");
        var id = (await client.LogAsync(new { goalId = goal.Id, date = "2026-11-20" }))["activity"].Text("id");

        var zero = await client.UpdateAsync(new { id, amount = 0 });
        var future = await client.UpdateAsync(new { id, date = "2026-11-25" });
        var beforeStart = await client.UpdateAsync(new { id, date = "2026-11-09" });
        var longNote = await client.UpdateAsync(new { id, note = new string('n', 501) });

        Assert.Equal(["ValidationError:amount"], zero.ErrorList());
        Assert.Equal(["ValidationError:date"], future.ErrorList());
        Assert.Equal(["ValidationError:date"], beforeStart.ErrorList());
        Assert.Equal(["ValidationError:note"], longNote.ErrorList());
        Assert.Null(zero["activity"]);
        Assert.Equal(["2026-11-20=1/1"], await host.DayTotalsAsync(goal.Key));
    }

    [Fact]
    public async Task Another_users_activity_cannot_be_edited_and_is_not_found()
    {
        var goal = await host.SeedGoalAsync("edit-owner");
        using var owner = host.ClientFor("edit-owner");
        using var intruder = host.ClientFor("edit-intruder");
        var id = (await owner.LogAsync(new { goalId = goal.Id }))["activity"].Text("id");

        var foreign = await intruder.UpdateAsync(new { id, amount = 9 });
        var goalIdInstead = await owner.UpdateAsync(new { id = goal.Id, amount = 9 });

        Assert.Equal(["NotFoundError"], foreign.ErrorList());
        Assert.Equal(id, foreign["errors"]![0].Text("id"));
        Assert.Equal(["NotFoundError"], goalIdInstead.ErrorList());
        Assert.Equal(["2026-11-24=1/1"], await host.DayTotalsAsync(goal.Key));
    }

    [Fact]
    public async Task Activities_of_an_archived_goal_can_no_longer_be_edited()
    {
        var goal = await host.SeedGoalAsync("edit-archived");
        using var client = host.ClientFor("edit-archived");
        var id = (await client.LogAsync(new { goalId = goal.Id }))["activity"].Text("id");
        await host.ArchiveAsync("edit-archived", goal.Key);

        var payload = await client.UpdateAsync(new { id, amount = 4 });

        Assert.Equal(["InvalidStateError"], payload.ErrorList());
        Assert.Equal(["2026-11-24=1/1"], await host.DayTotalsAsync(goal.Key));
    }

    [Fact]
    public async Task A_malformed_activity_id_is_not_found()
    {
        using var client = host.ClientFor("edit-malformed");

        var payload = await client.UpdateAsync(new { id = GlobalId.Encode("Activity", "missing"), amount = 2 });

        Assert.Equal(["NotFoundError"], payload.ErrorList());
    }
}
