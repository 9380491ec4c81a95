using System.Text.Json.Nodes;
using Goals.Api.Tests.Goals;
using Goals.Api.Tests.Support;

namespace Goals.Api.Tests.Snapshots;

/// <summary>
/// One full answer per pattern's journey (create → log, backdated and today → read everything a client shows), kept as
/// a snapshot with ids and instants normalized (<see cref="AnswerNormalizer"/>). The clock is fixed at Wednesday
/// 2026-11-25 12:00 UTC. A changed answer fails with a line diff; to accept it, delete the .snap and rerun.
/// </summary>
public sealed class PatternJourneySnapshotTests(GoalsTestHost host) : IClassFixture<GoalsTestHost>
{
    private const string Goal = """
        id title description pattern status category target unit period schedule minAmount startDate deadline
        createdAt updatedAt completedAt version
        progress { periodStart periodEnd current target remaining state completionRate7d expected safetyBufferDays projectedCompletion }
        streak { current longest startedOn atRisk }
        """;

    private const string Create = $$"""
        mutation($input: CreateGoalInput!) { createGoal(input: $input) { goal { {{Goal}} } errors { __typename ... on Error { message } } } }
        """;

    private const string Log = $$"""
        mutation($input: LogActivityInput!) { logActivity(input: $input) {
          activity { id amount date note occurredAt createdAt } goal { id status progress { current state } streak { current } }
          errors { __typename ... on Error { message } } } }
        """;

    private const string Read = $$"""
        query($id: ID!, $from: LocalDate!, $to: LocalDate!) { goal(id: $id) { {{Goal}}
          history(from: $from, to: $to) { date value met excused streak }
          activities(first: 10) { totalCount edges { cursor node { id amount date note } } pageInfo { hasNextPage endCursor } } } }
        """;

    [Theory]
    [InlineData("HABIT", """{"title":"Meditate","pattern":"HABIT","target":1,"startDate":"2026-11-20","schedule":["MONDAY","TUESDAY","WEDNESDAY","THURSDAY","FRIDAY"]}""",
        new[] { 1d, 1d, 1d }, "2026-11-20")]
    [InlineData("FREQUENCY", """{"title":"Swim twice a week","pattern":"FREQUENCY","target":2,"period":"WEEK","startDate":"2026-11-16"}""",
        new[] { 1d, 1d, 1d }, "2026-11-16")]
    [InlineData("TARGET", """{"title":"Read 20 pages","pattern":"TARGET","target":20,"unit":"pages","startDate":"2026-11-20"}""",
        new[] { 25d, 10d, 12d }, "2026-11-20")]
    [InlineData("LIMIT", """{"title":"At most 2 coffees","pattern":"LIMIT","target":2,"unit":"cups","startDate":"2026-11-20"}""",
        new[] { 1d, 3d, 2d }, "2026-11-20")]
    [InlineData("CUMULATIVE", """{"title":"Read 10 books","pattern":"CUMULATIVE","target":10,"unit":"books","startDate":"2026-11-16","deadline":"2026-12-15"}""",
        new[] { 2d, 3d, 1d }, "2026-11-16")]
    public async Task Journey_answers_match_the_snapshot(string pattern, string input, double[] amounts, string from)
    {
        using var client = host.ClientFor($"snapshot-{pattern.ToLowerInvariant()}");
        var journey = new JsonObject();

        var created = await SendAsync(client, Create, new { input = JsonNode.Parse(input) });
        journey["createGoal"] = created;
        var id = created["data"]!["createGoal"]!["goal"]!["id"]!.GetValue<string>();
        var dates = new[] { "2026-11-23", "2026-11-24", null }; // Monday, Tuesday, today (Wednesday)
        var logs = new JsonArray();
        for (var i = 0; i < amounts.Length; i++)
            logs.Add(await SendAsync(client, Log, new { input = new { goalId = id, amount = amounts[i], date = dates[i] } }));
        journey["logActivity"] = logs;
        journey["goal"] = await SendAsync(client, Read, new { id, from, to = "2026-11-25" });

        Assert.DoesNotContain("\"errors\":[{", journey.ToJsonString(), StringComparison.Ordinal);
        journey.MatchAnswerSnapshot(pattern);
    }

    private static async Task<JsonNode> SendAsync(GraphQLClient client, string query, object variables) =>
        (await client.SendAsync(query, variables)).Body.DeepClone();
}
