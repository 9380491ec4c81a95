using Goals.Api.Tests.Activities;
using Goals.Api.Tests.Goals;
using Goals.Api.Tests.Support;

namespace Goals.Api.Tests.Progress;

/// <summary><c>progress</c> and <c>streak</c> of one goal come from one engine run per request, never from an older one.</summary>
public sealed class EvaluationSharingTests(GoalsTestHost host) : IClassFixture<GoalsTestHost>
{
    [Fact]
    public async Task Progress_and_streak_of_every_goal_on_a_page_run_the_engine_once_per_goal()
    {
        using var client = await SeededClientAsync("sharing-page", goals: 5);
        using var runs = new EvaluationCounter(host.Factory.Services);

        var page = await client.DataAsync("{ goals(first: 10) { nodes { progress { current state } streak { current longest } } } }");

        Assert.Equal(5, runs.Take());
        var nodes = page["goals"]!["nodes"]!.AsArray();
        Assert.Equal(5, nodes.Count);
        Assert.All(nodes, node => Assert.Equal(
            (1d, "MET", 1, 1),
            (node!["progress"]!.Number("current"), node["progress"]!.Text("state"),
                node["streak"]!["current"]!.GetValue<int>(), node["streak"]!["longest"]!.GetValue<int>())));
    }

    [Fact]
    public async Task A_progress_as_of_today_or_later_shares_one_run_and_an_earlier_date_gets_its_own()
    {
        using var client = await SeededClientAsync("sharing-as-of", goals: 3);
        using var runs = new EvaluationCounter(host.Factory.Services);

        var sameDay = await client.DataAsync("""
            { goals(first: 10) { nodes { progress { current } streak { current }
              today: progress(asOf: "2026-11-25") { current } later: progress(asOf: "2027-01-31") { current asOf } } } }
            """);
        var runsForSameDay = runs.Take();
        var earlier = await client.DataAsync("""
            { goals(first: 10) { nodes { progress { current } streak { current }
              before: progress(asOf: "2026-11-20") { current asOf } } } }
            """);
        var runsForEarlier = runs.Take();

        // progress and streak of now go through the goal-state cache (one run per goal, kept for the second page); the
        // dated fields are computed per request: one run per goal for today-or-later, one per goal for the earlier date.
        Assert.Equal((6, 3), (runsForSameDay, runsForEarlier));
        Assert.All(sameDay["goals"]!["nodes"]!.AsArray(), node => Assert.Equal(
            (1d, 1, 1d, 1d, "2026-11-25"),
            (node!["progress"]!.Number("current"), node["streak"]!["current"]!.GetValue<int>(), node["today"]!.Number("current"),
                node["later"]!.Number("current"), node["later"]!.Text("asOf"))));
        Assert.All(earlier["goals"]!["nodes"]!.AsArray(), node => Assert.Equal(
            (1d, 0d, "2026-11-20"),
            (node!["progress"]!.Number("current"), node["before"]!.Number("current"), node["before"]!.Text("asOf"))));
    }

    [Fact]
    public async Task A_log_made_in_between_is_seen_and_evaluated_once_for_the_log_and_the_next_read()
    {
        using var client = await SeededClientAsync("sharing-fresh", goals: 1);
        using var runs = new EvaluationCounter(host.Factory.Services, includeWrites: true);
        const string Page = "{ goals(first: 1) { nodes { id progress { current } streak { current } } } }";

        var before = await client.DataAsync(Page);
        var runsBefore = runs.Take();
        await client.LogAsync(new { goalId = before["goals"]!["nodes"]![0]!.Text("id"), date = "2026-11-24" });
        var after = await client.DataAsync(Page);
        var runsAfter = runs.Take();

        Assert.Equal((1, 1), (runsBefore, runsAfter));
        Assert.Equal(1, before["goals"]!["nodes"]![0]!["streak"]!["current"]!.GetValue<int>());
        Assert.Equal(2, after["goals"]!["nodes"]![0]!["streak"]!["current"]!.GetValue<int>());
    }

    private async Task<GraphQLClient> SeededClientAsync(string user, int goals)
    {
        await HabitPage.SeedAsync(host, user, goals, startedDaysAgo: 9);
        var client = host.ClientFor(user);
        await client.DataAsync("{ me { id } }");
        return client;
    }
}
