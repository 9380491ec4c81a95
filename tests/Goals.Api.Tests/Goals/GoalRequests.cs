using System.Text.Json.Nodes;
using Goals.Api.Tests.Support;
using Goals.Server.Relay;

namespace Goals.Api.Tests.Goals;

/// <summary>The GraphQL documents the goal tests share.</summary>
public static class GoalRequests
{
    public const string GoalFields =
        "id title description category pattern target unit period schedule minAmount startDate deadline status version completedAt";

    private const string CommonErrorFields =
        "__typename ... on Error { message } ... on ValidationError { field } ... on NotFoundError { id }";

    public static async Task<JsonNode> CreateAsync(this GraphQLClient client, object input)
    {
        var payload = (await client.DataAsync(
            $"mutation($input: CreateGoalInput!) {{ createGoal(input: $input) {{ goal {{ {GoalFields} }} errors {{ {ErrorFieldsOf("createGoal")} }} }} }}",
            new { input }))["createGoal"]!;
        Assert.True(payload["errors"] is null, payload.ToJsonString());
        return payload["goal"]!;
    }

    public static async Task<string> CreateIdAsync(this GraphQLClient client, object input) =>
        (await client.CreateAsync(input))["id"]!.GetValue<string>();

    /// <summary>Runs a mutation whose payload has a <c>goal</c> field and returns the payload.</summary>
    public static async Task<JsonNode> MutateAsync(this GraphQLClient client, string mutation, string inputType, object input) =>
        (await client.DataAsync(
            $"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ goal {{ {GoalFields} }} errors {{ {ErrorFieldsOf(mutation)} }} }} }}",
            new { input }))[mutation]!;

    /// <summary>The error selection valid for the mutation's error union.</summary>
    public static string ErrorFieldsOf(string mutation) => mutation switch
    {
        "createGoal" => CommonErrorFields + " ... on LimitExceededError { limit }",
        "updateGoal" => CommonErrorFields + " ... on ConflictError { currentVersion }",
        "unarchiveGoal" => CommonErrorFields + " ... on LimitExceededError { limit }",
        _ => CommonErrorFields,
    };

    public static async Task<string> StatusAsync(this GraphQLClient client, string id) =>
        (await client.DataAsync("query($id: ID!) { goal(id: $id) { status } }", new { id }))["goal"]!["status"]!.GetValue<string>();

    public static string[] ErrorTypes(this JsonNode payload) =>
        [.. payload["errors"]!.AsArray().Select(error => error!["__typename"]!.GetValue<string>())];

    public static string[] ErrorFieldNames(this JsonNode payload) =>
        [.. payload["errors"]!.AsArray().Select(error => error!["field"]!.GetValue<string>())];

    public static string KeyOf(string globalId)
    {
        Assert.True(GlobalId.TryDecode(globalId, out var type, out var key));
        Assert.Equal("Goal", type);
        return key;
    }
}
