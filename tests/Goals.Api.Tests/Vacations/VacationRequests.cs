using System.Text.Json.Nodes;
using Goals.Api.Tests.Activities;
using Goals.Api.Tests.Support;
using Goals.Api.Vacations;

namespace Goals.Api.Tests.Vacations;

/// <summary>The vacation operations as the tests send them, each selecting every field the payload offers.</summary>
public static class VacationRequests
{
    private const string Vacation = "vacation { id from to }";

    private const string ErrorFields =
        "errors { __typename ... on Error { message } ... on ValidationError { field } ... on NotFoundError { id } }";

    public static async Task<JsonNode> StartVacationAsync(this GraphQLClient client, object input) =>
        (await client.DataAsync(
            $"mutation($input: StartVacationInput!) {{ startVacation(input: $input) {{ {Vacation} {ErrorFields} }} }}",
            new { input }))["startVacation"]!;

    /// <summary>Starts a vacation that must be accepted and returns its id.</summary>
    public static async Task<string> StartVacationIdAsync(this GraphQLClient client, object input)
    {
        var payload = await client.StartVacationAsync(input);
        Assert.True(payload["errors"] is null, payload.ToJsonString());
        return payload["vacation"].Text("id");
    }

    public static async Task<JsonNode> EndVacationAsync(this GraphQLClient client, string? id = null) =>
        (await client.DataAsync(
            $"mutation($input: EndVacationInput!) {{ endVacation(input: $input) {{ {Vacation} {ErrorFields} }} }}",
            new { input = id is null ? new JsonObject() : new JsonObject { ["id"] = id } }))["endVacation"]!;

    public static async Task<JsonNode> DeleteVacationAsync(this GraphQLClient client, string id) =>
        (await client.DataAsync(
            $"mutation($input: VacationIdInput!) {{ deleteVacation(input: $input) {{ deletedId {ErrorFields} }} }}",
            new { input = new { id } }))["deleteVacation"]!;

    /// <summary>The caller's vacations in the order served, each as "from..to" ("open" for no end).</summary>
    public static async Task<IReadOnlyList<string>> VacationsAsync(this GraphQLClient client) =>
        [.. (await client.DataAsync("{ vacations { id from to } }"))["vacations"]!.AsArray().Select(vacation => Window(vacation!))];

    public static string Window(JsonNode vacation) =>
        $"{vacation.Text("from")}..{vacation["to"]?.GetValue<string>() ?? "open"}";

    /// <summary>The only error of a refused payload as "Type message".</summary>
    public static string SingleError(this JsonNode payload)
    {
        var error = Assert.Single(payload["errors"]!.AsArray())!;
        return $"{error.Text("__typename")} {error.Text("message")}";
    }

    public static string UnknownVacationId => VacationIds.Encode("01JUNKNOWNVACATION0000000000");
}
