using System.Text.Json.Nodes;
using Goals.Api.Tests.Support;

namespace Goals.Api.Tests.GoalState.Caching;

/// <summary>The page the cache tests compare between hosts: every goal with what the cache keeps for it.</summary>
internal static class CachedAnswers
{
    public const string Page = """
        { goals(first: 50, order: [{ title: ASC }]) { totalCount nodes { id title status target
          progress { current target state fraction strength completionRate7d }
          streak { current longest atRisk startedOn } } } }
        """;

    public static async Task<string> PageAsync(GraphQLClient client) => (await client.DataAsync(Page)).ToJsonString();

    public static async Task<string> GoalAsync(GraphQLClient client, string goalId) =>
        (await client.DataAsync(
            "query($id: ID!) { goal(id: $id) { id progress { current state } streak { current longest } } }",
            new { id = goalId }))["goal"]!.ToJsonString();

    public static double Current(string goalJson) =>
        JsonNode.Parse(goalJson)!["progress"]!["current"]!.GetValue<double>();
}
