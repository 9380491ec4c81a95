using Goals.Domain;

namespace Goals.Api.Tests.Activities;

public sealed class DeleteActivityTests(ActivitiesHost host) : IClassFixture<ActivitiesHost>
{
    [Fact]
    public async Task Deleting_answers_the_deleted_id_and_the_goal_and_recomputes_the_day()
    {
        var goal = await host.SeedGoalAsync("deleter", GoalPattern.Target, target: 8);
        using var client = host.ClientFor("deleter");
        var id = (await client.LogAsync(new { goalId = goal.Id, amount = 3 }))["activity"].Text("id");
        await client.LogAsync(new { goalId = goal.Id, amount = 2 });

        var payload = await client.DeleteAsync(id);

        Assert.Empty(payload.ErrorList());
        Assert.Equal(id, payload.Text("deletedId"));
        Assert.Equal(goal.Id, payload["goal"].Text("id"));
        Assert.Equal(["2026-11-24=2/1"], await host.DayTotalsAsync(goal.Key));
    }

    [Fact]
    public async Task Deleting_twice_finds_nothing_the_second_time()
    {
        var goal = await host.SeedGoalAsync("double-deleter");
        using var client = host.ClientFor("double-deleter");
        var id = (await client.LogAsync(new { goalId = goal.Id }))["activity"].Text("id");
        await client.DeleteAsync(id);

        var again = await client.DeleteAsync(id);

        Assert.Equal(["NotFoundError"], again.ErrorList());
        Assert.Null(again["deletedId"]);
        Assert.Empty(await host.DayTotalsAsync(goal.Key));
    }

    [Fact]
    public async Task Another_users_activity_cannot_be_deleted_and_is_not_found()
    {
        var goal = await host.SeedGoalAsync("delete-owner");
        using var owner = host.ClientFor("delete-owner");
        using var intruder = host.ClientFor("delete-intruder");
        var id = (await owner.LogAsync(new { goalId = goal.Id }))["activity"].Text("id");

        var payload = await intruder.DeleteAsync(id);

        Assert.Equal(["NotFoundError"], payload.ErrorList());
        Assert.Equal(id, payload["errors"]![0].Text("id"));
        Assert.Equal(["2026-11-24=1/1"], await host.DayTotalsAsync(goal.Key));
    }

    [Fact]
    public async Task Activities_of_an_archived_goal_cannot_be_deleted()
    {
        var goal = await host.SeedGoalAsync("delete-archived");
        using var client = host.ClientFor("delete-archived");
        var id = (await client.LogAsync(new { goalId = goal.Id }))["activity"].Text("id");
        await host.ArchiveAsync("delete-archived", goal.Key);

        var payload = await client.DeleteAsync(id);

        Assert.Equal(["InvalidStateError"], payload.ErrorList());
        Assert.Equal(["2026-11-24=1/1"], await host.DayTotalsAsync(goal.Key));
    }
}
