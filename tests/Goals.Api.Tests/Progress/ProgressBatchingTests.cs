using Goals.Api.Tests.Goals;

namespace Goals.Api.Tests.Progress;

/// <summary>Progress and streak of a whole page cost the same handful of store calls, however many goals it holds.</summary>
public sealed class ProgressBatchingTests(GoalsTestHost host) : IClassFixture<GoalsTestHost>
{
    private const string PageWithProgress = """
        query($first: Int) { goals(first: $first) { totalCount nodes { title
          progress { current state } streak { current } today: progress(asOf: "2026-11-25") { current } } } }
        """;

    [Fact]
    public async Task A_page_of_fifty_goals_with_progress_and_streak_costs_the_same_store_calls_as_a_page_of_five()
    {
        const string user = "batching";
        await HabitPage.SeedAsync(host, user, 50);
        using var client = host.ClientFor(user);
        await client.DataAsync("{ me { id } }");

        host.Calls.Reset();
        var five = await client.DataAsync(PageWithProgress, new { first = 5 });
        var callsForFive = host.Calls.Snapshot();
        host.Calls.Reset();
        var fifty = await client.DataAsync(PageWithProgress, new { first = 50 });
        var callsForFifty = host.Calls.Snapshot();

        Assert.Equal(5, five["goals"]!["nodes"]!.AsArray().Count);
        var nodes = fifty["goals"]!["nodes"]!.AsArray();
        Assert.Equal(50, nodes.Count);
        Assert.All(nodes, node => Assert.Equal((1d, "MET", 1), (node!["progress"]!.Number("current"), node["progress"]!.Text("state"), node["streak"]!["current"]!.GetValue<int>())));
        Assert.Equal(
            new Dictionary<string, int>
            {
                ["IGoalStore.ListAsync"] = 1,
                ["IActivityStore.GetDayTotalsAsync"] = 1,
                ["IExcusalStore.GetForGoalsAsync"] = 1,
                ["IUserStore.GetOrCreateAsync"] = 1,
            },
            callsForFifty.Where(call => call.Value > 0).ToDictionary());
        Assert.Equal(callsForFive, callsForFifty);
    }
}
