using System.Text.Json.Nodes;

namespace Goals.Api.Tests.GraphQL.Fuzz;

/// <summary>
/// One generated request. <paramref name="Stored"/> tells from the payload whether the call reports a change; a call
/// that does not (a refusal) must leave the store exactly as it was. Reads never change it.
/// </summary>
/// <param name="Field">The root field whose payload the checks read.</param>
/// <param name="Learn">Picks up the ids a successful answer hands out, so later calls can hit them.</param>
public sealed record FuzzCall(
    string User,
    string Field,
    string Document,
    JsonObject Variables,
    Func<JsonNode, bool> Stored,
    Action<JsonNode>? Learn = null)
{
    public bool IsRead => Document.StartsWith("query", StringComparison.Ordinal);

    public static FuzzCall Read(string user, string field, string document, JsonObject variables, Action<JsonNode>? learn = null) =>
        new(user, field, document, variables, _ => false, learn);
}

/// <summary>The selections every fuzzed payload asks for: the goal with everything the engine derives, and errors.</summary>
public static class FuzzSelections
{
    public const string Errors = "errors { __typename ... on Error { message } ... on ValidationError { field } }";

    public const string Derived =
        "progress { asOf current target fraction remaining periodStart periodEnd state completionRate7d completionRate30d " +
        "strength expected safetyBufferDays projectedCompletion } streak { current longest atRisk startedOn unit }";

    public const string Goal = $"goal {{ id status version startDate deadline target description {Derived} }}";

    public const string Activity = "activity { id date occurredAt amount note }";

    public static bool Has(JsonNode payload, string field) => payload[field] is not null;

    public static bool NoErrors(JsonNode payload) => payload["errors"] is null;

    public static string? Id(JsonNode payload, string field) => payload[field]?["id"]?.GetValue<string>();
}
