using Goals.Domain;

namespace Goals.Api.Tests.Activities;

public sealed class IdempotencyKeyTests(ActivitiesHost host) : IClassFixture<ActivitiesHost>
{
    [Fact]
    public async Task Logging_twice_with_the_same_key_stores_one_activity_and_answers_the_first()
    {
        var goal = await host.SeedGoalAsync("retrier", GoalPattern.Target, target: 8);
        using var client = host.ClientFor("retrier");

        var first = await client.LogAsync(new { goalId = goal.Id, amount = 2, idempotencyKey = "k-1" });
        var retry = await client.LogAsync(new { goalId = goal.Id, amount = 2, idempotencyKey = "k-1" });
        var reused = await client.LogAsync(new { goalId = goal.Id, amount = 5, note = "other", idempotencyKey = "k-1" });

        var firstId = first["activity"].Text("id");
        Assert.Equal(firstId, retry["activity"].Text("id"));
        Assert.Equal(firstId, reused["activity"].Text("id"));
        Assert.Equal(2, reused["activity"]!["amount"]!.GetValue<double>());
        Assert.Null(reused["activity"]!["note"]);
        Assert.Equal(["2026-11-24=2/1"], await host.DayTotalsAsync(goal.Key));
    }

    [Fact]
    public async Task The_same_key_from_another_user_is_a_different_activity()
    {
        var mine = await host.SeedGoalAsync("key-a");
        var theirs = await host.SeedGoalAsync("key-b");
        using var a = host.ClientFor("key-a");
        using var b = host.ClientFor("key-b");

        var first = await a.LogAsync(new { goalId = mine.Id, idempotencyKey = "shared" });
        var second = await b.LogAsync(new { goalId = theirs.Id, idempotencyKey = "shared" });

        Assert.NotEqual(first["activity"].Text("id"), second["activity"].Text("id"));
        Assert.Equal(["2026-11-24=1/1"], await host.DayTotalsAsync(theirs.Key));
    }
}
