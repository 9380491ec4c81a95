using Goals.Api.Common;
using System.Text.Json.Nodes;
using Goals.Api.Tests.Support;

namespace Goals.Api.Tests.Goals;

/// <summary>Each test uses its own user, so the lists below are exactly what that user created.</summary>
public sealed partial class GoalQueryTests(GoalsTestHost host) : IClassFixture<GoalsTestHost>
{
    private const string Page = """
        query($first: Int, $after: String, $last: Int, $before: String, $where: GoalFilterInput, $order: [GoalSortInput!]) {
          goals(first: $first, after: $after, last: $last, before: $before, where: $where, order: $order) {
            totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            edges { cursor node { title } } nodes { title } } }
        """;

    [Fact]
    public async Task Goal_and_node_find_the_callers_goal_but_not_another_users_or_a_malformed_id()
    {
        using var owner = host.ClientFor("query-owner");
        using var other = host.ClientFor("query-other");
        var id = await owner.CreateIdAsync(new { title = "Mine", pattern = "HABIT", target = 1 });

        var own = await owner.DataAsync("query($id: ID!) { goal(id: $id) { id title } node(id: $id) { id ... on Goal { title } } }", new { id });
        var foreign = await other.DataAsync("query($id: ID!) { goal(id: $id) { id } node(id: $id) { id } }", new { id });
        var malformed = await owner.DataAsync("""{ goal(id: "nope") { id } }""");

        Assert.Equal("Mine", own["goal"]!["title"]!.GetValue<string>());
        Assert.Equal(id, own["node"]!["id"]!.GetValue<string>());
        Assert.Equal("Mine", own["node"]!["title"]!.GetValue<string>());
        Assert.Null(foreign["goal"]);
        Assert.Null(foreign["node"]);
        Assert.Null(malformed["goal"]);
    }

    [Fact]
    public async Task Nodes_fetches_several_goals_in_order_and_nulls_another_users()
    {
        using var client = host.ClientFor("nodes-owner");
        using var other = host.ClientFor("nodes-other");
        var first = await client.CreateIdAsync(new { title = "First", pattern = "HABIT", target = 1 });
        var second = await client.CreateIdAsync(new { title = "Second", pattern = "HABIT", target = 1 });
        var foreign = await other.CreateIdAsync(new { title = "Theirs", pattern = "HABIT", target = 1 });

        var nodes = (await client.DataAsync("query($ids: [ID!]!) { nodes(ids: $ids) { ... on Goal { title } } }",
            new { ids = new[] { second, foreign, first } }))["nodes"]!.AsArray();

        Assert.Equal(["Second", null, "First"], nodes.Select(node => node?["title"]?.GetValue<string>()));
    }

    [Fact]
    public async Task Filters_combine_and_each_list_matches_any_of_its_values()
    {
        using var client = await SeedAsync("query-filter");

        var habitsOrLimits = await TitlesAsync(client, new { where = new { pattern = new { @in = new[] { "HABIT", "LIMIT" } } }, order = ByTitle("ASC") });
        var fitnessActive = await TitlesAsync(client, new { where = new { category = new { eq = "FITNESS" }, status = new { eq = "ACTIVE" } }, order = ByTitle("ASC") });
        var paused = await TitlesAsync(client, new { where = new { status = new { @in = new[] { "PAUSED" } } } });
        var containing = await TitlesAsync(client, new { where = new { title = new { contains = "RUN" } }, order = ByTitle("DESC") });

        Assert.Equal(["Coffee cap", "Floss", "Meditate"], habitsOrLimits);
        Assert.Equal(["Run 20 km"], fitnessActive);
        Assert.Equal(["Meditate"], paused);
        Assert.Equal(["Run 20 km", "Long run"], containing);
    }

    [Fact]
    public async Task Sorting_by_title_both_ways_and_by_several_keys()
    {
        using var client = await SeedAsync("query-sort");

        var ascending = await TitlesAsync(client, new { order = ByTitle("ASC") });
        var descending = await TitlesAsync(client, new { order = ByTitle("DESC") });

        Assert.Equal(["Coffee cap", "Floss", "Long run", "Meditate", "Run 20 km"], ascending);
        Assert.Equal(["Run 20 km", "Meditate", "Long run", "Floss", "Coffee cap"], descending);
    }

    [Fact]
    public async Task Another_users_goals_never_appear_in_the_list()
    {
        await SeedAsync("query-isolated-a");
        using var empty = host.ClientFor("query-isolated-b");

        var page = await PageAsync(empty, new { first = 10 });

        Assert.Equal(0, page["totalCount"]!.GetValue<int>());
        Assert.Empty(page["nodes"]!.AsArray());
    }

    private async Task<GraphQLClient> SeedAsync(string user)
    {
        var client = host.ClientFor(user);
        await client.CreateAsync(new { title = "Meditate", pattern = "HABIT", target = 1, category = "MINDFULNESS" });
        await client.CreateAsync(new { title = "Run 20 km", pattern = "TARGET", target = 20, period = "WEEK", category = "FITNESS" });
        await client.CreateAsync(new { title = "Floss", pattern = "HABIT", target = 1, category = "HEALTH" });
        await client.CreateAsync(new { title = "Coffee cap", pattern = "LIMIT", target = 2, category = "HEALTH" });
        var longRun = await client.CreateIdAsync(new { title = "Long run", pattern = "FREQUENCY", target = 1, category = "FITNESS" });
        var meditate = (await TitlesAndIdsAsync(client)).Single(goal => goal.Title == "Meditate").Id;
        await client.MutateAsync("pauseGoal", "PauseGoalInput", new { id = meditate });
        await client.MutateAsync("completeGoal", "GoalIdInput", new { id = longRun });
        return client;
    }

    private static object[] ByTitle(string direction) => [new { title = direction }];

    private static async Task<JsonNode> PageAsync(GraphQLClient client, object variables) =>
        (await client.DataAsync(Page, variables))["goals"]!;

    private static async Task<string[]> TitlesAsync(GraphQLClient client, object variables) =>
        [.. (await PageAsync(client, variables))["nodes"]!.AsArray().Select(node => node!["title"]!.GetValue<string>())];

    private static async Task<(string Title, string Id)[]> TitlesAndIdsAsync(GraphQLClient client) =>
        [.. (await client.DataAsync("{ goals(first: 50) { nodes { id title } } }"))["goals"]!["nodes"]!.AsArray()
            .Select(node => (node!["title"]!.GetValue<string>(), node["id"]!.GetValue<string>()))];
}
