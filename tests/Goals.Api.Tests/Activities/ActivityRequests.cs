using System.Text.Json.Nodes;
using Goals.Api.Tests.Support;

namespace Goals.Api.Tests.Activities;

/// <summary>The activity mutations as the tests send them, each selecting every field the payload offers.</summary>
public static class ActivityRequests
{
    private const string GoalErrorFields =
        "errors { __typename ... on Error { message } ... on ValidationError { field } ... on NotFoundError { id } }";

    private const string ErrorFields = """
        errors { __typename ... on Error { message } ... on ValidationError { field } ... on NotFoundError { id }
                 ... on LimitExceededError { limit } }
        """;

    private const string ActivityFields = "activity { id date occurredAt amount note createdAt goal { id } }";
    private const string GoalFields = "goal { id status completedAt version }";

    public static async Task<JsonNode> LogAsync(this GraphQLClient client, object input) =>
        (await client.DataAsync(
            $"mutation($input: LogActivityInput!) {{ logActivity(input: $input) {{ {ActivityFields} {GoalFields} {ErrorFields} }} }}",
            new { input }))["logActivity"]!;

    public static async Task<JsonNode> LogManyAsync(this GraphQLClient client, IEnumerable<object> activities) =>
        (await client.DataAsync(
            $"mutation($input: LogActivitiesInput!) {{ logActivities(input: $input) {{ loggedCount results {{ {ActivityFields} {GoalFields} {ErrorFields} }} }} }}",
            new { input = new { activities } }))["logActivities"]!;

    public static async Task<JsonNode> UpdateAsync(this GraphQLClient client, object input) =>
        (await client.DataAsync(
            $"mutation($input: UpdateActivityInput!) {{ updateActivity(input: $input) {{ {ActivityFields} {GoalFields} {ErrorFields} }} }}",
            new { input }))["updateActivity"]!;

    public static async Task<JsonNode> DeleteAsync(this GraphQLClient client, string id) =>
        (await client.DataAsync(
            $"mutation($input: DeleteActivityInput!) {{ deleteActivity(input: $input) {{ deletedId {GoalFields} {GoalErrorFields} }} }}",
            new { input = new { id } }))["deleteActivity"]!;

    public static async Task<JsonNode> SkipDayAsync(this GraphQLClient client, string goalId, string date) =>
        (await client.DataAsync(
            $"mutation($input: SkipDayInput!) {{ skipDay(input: $input) {{ {GoalFields} {GoalErrorFields} }} }}",
            new { input = new { goalId, date } }))["skipDay"]!;

    public static string Text(this JsonNode? node, string name) => node![name]!.GetValue<string>();

    /// <summary>The payload's errors as "Type:field" (or just "Type" when the error has no field).</summary>
    public static IReadOnlyList<string> ErrorList(this JsonNode payload) =>
        payload["errors"] is JsonArray errors
            ? [.. errors.Select(error => error!["field"] is JsonNode field
                ? $"{error.Text("__typename")}:{field.GetValue<string>()}"
                : error.Text("__typename"))]
            : [];
}
