using Goals.Domain;

namespace Goals.Api.Tests.Activities;

public sealed class LogActivitiesTests(ActivitiesHost host) : IClassFixture<ActivitiesHost>
{
    [Fact]
    public async Task A_bulk_of_500_activities_is_logged_in_full()
    {
        var goal = await host.SeedGoalAsync("bulk-500", GoalPattern.Target, target: 10);
        using var client = host.ClientFor("bulk-500");

        var payload = await client.LogManyAsync(
            Enumerable.Range(0, 500).Select(i => (object)new { goalId = goal.Id, date = i % 2 == 0 ? "2026-11-23" : "2026-11-24" }));

        var results = payload["results"]!.AsArray();
        Assert.Equal(500, payload["loggedCount"]!.GetValue<int>());
        Assert.Equal(500, results.Count);
        Assert.All(results, result => Assert.Empty(result!.ErrorList()));
        Assert.Equal("2026-11-23", results[0]!["activity"].Text("date"));
        Assert.Equal("2026-11-24", results[499]!["activity"].Text("date"));
        Assert.Equal(["2026-11-23=250/250", "2026-11-24=250/250"], await host.DayTotalsAsync(goal.Key));
    }

    [Fact]
    public async Task A_bulk_of_501_activities_is_refused_whole_and_nothing_is_stored()
    {
        var goal = await host.SeedGoalAsync("bulk-501");
        using var client = host.ClientFor("bulk-501");

        var payload = await client.LogManyAsync(Enumerable.Range(0, 501).Select(_ => (object)new { goalId = goal.Id }));

        var results = payload["results"]!.AsArray();
        Assert.Equal(0, payload["loggedCount"]!.GetValue<int>());
        var only = Assert.Single(results)!;
        Assert.Equal(["LimitExceededError"], only.ErrorList());
        Assert.Equal(500, only["errors"]![0]!["limit"]!.GetValue<int>());
        Assert.Null(only["activity"]);
        Assert.Empty(await host.DayTotalsAsync(goal.Key));
    }

    [Fact]
    public async Task Invalid_items_are_answered_in_place_and_do_not_hold_back_the_valid_ones()
    {
        var goal = await host.SeedGoalAsync("bulk-mixed", GoalPattern.Target, target: 10);
        var foreign = await host.SeedGoalAsync("bulk-neighbour");
        using var client = host.ClientFor("bulk-mixed");

        var payload = await client.LogManyAsync(
        [
            new { goalId = goal.Id, amount = 1, date = "2026-11-22" },
            new { goalId = goal.Id, amount = 1, date = "2026-11-25" },
            new { goalId = foreign.Id, amount = 1 },
            new { goalId = goal.Id, amount = -3 },
            new { goalId = goal.Id, amount = 2, date = "2026-11-22" },
        ]);

        var results = payload["results"]!.AsArray();
        Assert.Equal(2, payload["loggedCount"]!.GetValue<int>());
        Assert.Equal(
            ["", "ValidationError:date", "NotFoundError", "ValidationError:amount", ""],
            results.Select(result => string.Join(',', result!.ErrorList())));
        Assert.Equal([1.0, 2.0], new[] { results[0], results[4] }.Select(r => r!["activity"]!["amount"]!.GetValue<double>()));
        Assert.Equal(goal.Id, results[4]!["goal"].Text("id"));
        Assert.Null(results[1]!["activity"]);
        Assert.Equal(["2026-11-22=3/2"], await host.DayTotalsAsync(goal.Key));
        Assert.Empty(await host.DayTotalsAsync(foreign.Key));
    }

    [Fact]
    public async Task A_key_repeated_inside_one_bulk_stores_one_activity_and_answers_it_twice()
    {
        var goal = await host.SeedGoalAsync("bulk-keys");
        using var client = host.ClientFor("bulk-keys");

        var payload = await client.LogManyAsync(
        [
            new { goalId = goal.Id, idempotencyKey = "offline-1" },
            new { goalId = goal.Id, idempotencyKey = "offline-1" },
            new { goalId = goal.Id, idempotencyKey = "offline-2", date = "2026-11-23" },
        ]);
        var replay = await client.LogManyAsync([new { goalId = goal.Id, idempotencyKey = "offline-2", date = "2026-11-23" }]);

        var results = payload["results"]!.AsArray();
        Assert.Equal(3, payload["loggedCount"]!.GetValue<int>());
        Assert.Equal(results[0]!["activity"].Text("id"), results[1]!["activity"].Text("id"));
        Assert.Equal(results[2]!["activity"].Text("id"), replay["results"]![0]!["activity"].Text("id"));
        Assert.Equal(["2026-11-23=1/1", "2026-11-24=1/1"], await host.DayTotalsAsync(goal.Key));
    }

    [Fact]
    public async Task An_empty_bulk_logs_nothing()
    {
        using var client = host.ClientFor("bulk-empty");

        var payload = await client.LogManyAsync([]);

        Assert.Equal(0, payload["loggedCount"]!.GetValue<int>());
        Assert.Empty(payload["results"]!.AsArray());
    }
}
