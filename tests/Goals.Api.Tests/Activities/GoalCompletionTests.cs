using Goals.Domain;

namespace Goals.Api.Tests.Activities;

public sealed class GoalCompletionTests(ActivitiesHost host) : IClassFixture<ActivitiesHost>
{
    [Fact]
    public async Task A_cumulative_goal_completes_when_a_log_reaches_its_target()
    {
        var goal = await host.SeedGoalAsync("reader", GoalPattern.Cumulative, target: 10);
        using var client = host.ClientFor("reader");

        var short1 = await client.LogAsync(new { goalId = goal.Id, amount = 4, date = "2026-11-20" });
        var short2 = await client.LogAsync(new { goalId = goal.Id, amount = 5.5 });
        var reaching = await client.LogAsync(new { goalId = goal.Id, amount = 0.5 });

        Assert.Equal("ACTIVE", short1["goal"].Text("status"));
        Assert.Equal("ACTIVE", short2["goal"].Text("status"));
        Assert.Null(short2["goal"]!["completedAt"]);
        Assert.Equal("COMPLETED", reaching["goal"].Text("status"));
        Assert.Equal("2026-11-24T12:00:00Z", reaching["goal"].Text("completedAt"));
        Assert.Equal(2, reaching["goal"]!["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task Other_patterns_never_complete_by_logging()
    {
        var goal = await host.SeedGoalAsync("drinker", GoalPattern.Target, target: 2);

        using var client = host.ClientFor("drinker");
        var payload = await client.LogAsync(new { goalId = goal.Id, amount = 50 });

        Assert.Equal("ACTIVE", payload["goal"].Text("status"));
        Assert.Equal(1, payload["goal"]!["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_edit_that_raises_the_total_to_the_target_completes_the_goal()
    {
        var goal = await host.SeedGoalAsync("runner", GoalPattern.Cumulative, target: 42);
        using var client = host.ClientFor("runner");
        var id = (await client.LogAsync(new { goalId = goal.Id, amount = 40 }))["activity"].Text("id");

        var payload = await client.UpdateAsync(new { id, amount = 42 });

        Assert.Equal("COMPLETED", payload["goal"].Text("status"));
    }

    [Fact]
    public async Task A_bulk_that_reaches_the_target_completes_the_goal_once()
    {
        var goal = await host.SeedGoalAsync("bulk-reader", GoalPattern.Cumulative, target: 3);
        using var client = host.ClientFor("bulk-reader");

        var payload = await client.LogManyAsync(Enumerable.Range(0, 5).Select(_ => (object)new { goalId = goal.Id }));

        var results = payload["results"]!.AsArray();
        Assert.All(results, result => Assert.Equal("COMPLETED", result!["goal"].Text("status")));
        Assert.Equal(2, results[0]!["goal"]!["version"]!.GetValue<int>());
        Assert.Equal(["2026-11-24=5/5"], await host.DayTotalsAsync(goal.Key));
    }

    [Fact]
    public async Task Deleting_below_the_target_leaves_a_completed_goal_completed()
    {
        var goal = await host.SeedGoalAsync("sticky", GoalPattern.Cumulative, target: 5);
        using var client = host.ClientFor("sticky");
        var id = (await client.LogAsync(new { goalId = goal.Id, amount = 5 }))["activity"].Text("id");

        var payload = await client.DeleteAsync(id);

        Assert.Equal("COMPLETED", payload["goal"].Text("status"));
        Assert.Empty(await host.DayTotalsAsync(goal.Key));
    }
}
