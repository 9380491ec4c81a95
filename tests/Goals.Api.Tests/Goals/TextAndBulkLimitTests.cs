using Goals.Api.Common;
using Goals.Api.Goals;
using Goals.Api.Tests.GraphQL.Fuzz;
using Goals.Api.Tests.Insights;
using Goals.Api.Tests.Support;
using Goals.Domain;

namespace Goals.Api.Tests.Goals;

/// <summary>
/// Attacks: a goal description of 250,000 characters was stored; archiveGoals took 5,000 ids in one call. Every free
/// text has a documented length and every bulk call by ids a documented count; past them a typed error, nothing stored.
/// </summary>
public sealed class TextAndBulkLimitTests(PinnedClockApi api) : IClassFixture<PinnedClockApi>
{
    private const string Errors = "errors { __typename ... on ValidationError { field message } }";

    [Fact]
    public async Task A_description_of_250000_characters_is_a_validation_error_on_create_and_on_update()
    {
        using var client = api.ClientFor("long-description");
        var goal = await api.Seed("long-description").GoalAsync("Read", GoalPattern.Habit, 1, PinnedClockApi.Today);
        var description = new string('d', 250_000);

        var created = (await client.DataAsync(
            $"mutation($d: String) {{ createGoal(input: {{ title: \"Read more\", pattern: HABIT, target: 1, description: $d }}) {{ goal {{ id }} {Errors} }} }}",
            new { d = description }))["createGoal"]!;
        var updated = (await client.DataAsync(
            $"mutation($id: ID!, $d: String) {{ updateGoal(input: {{ id: $id, description: $d }}) {{ goal {{ id }} {Errors} }} }}",
            new { id = GoalIds.Encode(goal.Id), d = description }))["updateGoal"]!;

        foreach (var payload in new[] { created, updated })
        {
            Assert.Null(payload["goal"]);
            Assert.Equal("description", payload["errors"]![0]!["field"]!.GetValue<string>());
            Assert.Equal("Description must be at most 2000 characters.", payload["errors"]![0]!["message"]!.GetValue<string>());
        }

        var kept = await client.DataAsync($"{{ goal(id: \"{GoalIds.Encode(goal.Id)}\") {{ description }} goals {{ totalCount }} }}");
        Assert.Equal((null, 1), (kept["goal"]!["description"], kept["goals"]!["totalCount"]!.GetValue<int>()));
    }

    [Fact]
    public async Task A_description_of_exactly_2000_characters_is_stored()
    {
        using var client = api.ClientFor("full-description");

        var created = (await client.DataAsync(
            $"mutation($d: String) {{ createGoal(input: {{ title: \"Read\", pattern: HABIT, target: 1, description: $d }}) {{ goal {{ description }} {Errors} }} }}",
            new { d = new string('d', 2000) }))["createGoal"]!;

        Assert.Equal(2000, created["goal"]!["description"]!.GetValue<string>().Length);
    }

    [Theory]
    [InlineData("updateSettings", """updateSettings(input: { timeZone: "LONG" }) { user { id } ERRORS }""", "timeZone")]
    [InlineData("createGoal", """createGoal(input: { title: "LONG", pattern: HABIT, target: 1 }) { goal { id } ERRORS }""", "title")]
    [InlineData("createGoal", """createGoal(input: { title: "T", unit: "LONG", pattern: TARGET, target: 1 }) { goal { id } ERRORS }""", "unit")]
    public async Task Every_free_text_input_past_its_length_is_a_validation_error_naming_it(string mutation, string selection, string field)
    {
        using var client = api.ClientFor($"long-{field}");
        using var store = new StoreWatch(api.DatabasePath);
        await client.DataAsync("{ me { id } }");
        var before = store.Version();

        var payload = (await client.DataAsync("mutation { " + selection
            .Replace("LONG", new string('x', 5000), StringComparison.Ordinal)
            .Replace("ERRORS", Errors, StringComparison.Ordinal) + " }"))[mutation]!;

        Assert.Equal(field, payload["errors"]![0]!["field"]!.GetValue<string>());
        Assert.Equal(before, store.Version());
    }

    [Fact]
    public async Task Archiving_5000_ids_at_once_is_refused_over_the_cost_budget_and_archives_nothing()
    {
        using var client = api.ClientFor("bulk-archive");
        var goal = await api.Seed("bulk-archive").GoalAsync("Read", GoalPattern.Habit, 1, PinnedClockApi.Today);
        var ids = Enumerable.Repeat(GoalIds.Encode(goal.Id), 5000).ToArray();

        var response = await client.SendAsync(
            $"mutation($ids: [ID!]!) {{ archiveGoals(input: {{ ids: $ids }}) {{ goals {{ id }} {Errors} }} }}", new { ids });

        // Each id costs 5, so 5,000 ids are refused at validation before the resolver's own count is reached.
        Assert.Equal("COST_LIMIT_EXCEEDED", response.FirstErrorCode);
        Assert.Null(response.Data);
        Assert.Equal("ACTIVE", await StatusAsync(client, goal.Id));
    }

    [Fact]
    public async Task Archiving_501_ids_at_once_is_a_validation_error_on_ids_and_archives_nothing()
    {
        using var client = api.ClientFor("bulk-archive-501");
        var goal = await api.Seed("bulk-archive-501").GoalAsync("Read", GoalPattern.Habit, 1, PinnedClockApi.Today);
        var ids = Enumerable.Repeat(GoalIds.Encode(goal.Id), 501).ToArray();

        var payload = (await client.DataAsync(
            $"mutation($ids: [ID!]!) {{ archiveGoals(input: {{ ids: $ids }}) {{ goals {{ id }} {Errors} }} }}", new { ids }))["archiveGoals"]!;

        Assert.Empty(payload["goals"]!.AsArray());
        Assert.Equal(("ids", "archiveGoals takes at most 500 ids; 501 were given."), (
            payload["errors"]![0]!["field"]!.GetValue<string>(), payload["errors"]![0]!["message"]!.GetValue<string>()));
        Assert.Equal("ACTIVE", await StatusAsync(client, goal.Id));
    }

    private static async Task<string> StatusAsync(GraphQLClient client, string goalId) =>
        (await client.DataAsync($"{{ goal(id: \"{GoalIds.Encode(goalId)}\") {{ status }} }}"))["goal"]!["status"]!.GetValue<string>();
}
