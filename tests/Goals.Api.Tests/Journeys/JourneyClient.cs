using System.Text.Json.Nodes;
using Goals.Api.Tests.Support;

namespace Goals.Api.Tests.Journeys;

/// <summary>The reads a journey makes after each step: the goal with its progress, streak and history.</summary>
public static class JourneyClient
{
    private const string Tracked = """
        query($id: ID!, $from: LocalDate!, $to: LocalDate!) { goal(id: $id) { status completedAt
          progress { periodStart periodEnd current target remaining state completionRate7d expected safetyBufferDays projectedCompletion }
          streak { current longest startedOn atRisk }
          history(from: $from, to: $to) { date value met excused streak } } }
        """;

    public static async Task<JsonNode> TrackAsync(this GraphQLClient client, string goalId, string from, string to) =>
        (await client.DataAsync(Tracked, new { id = goalId, from, to }))["goal"]!;

    public static double Number(this JsonNode node, string path) => Walk(node, path).GetValue<double>();

    public static string Word(this JsonNode node, string path) => Walk(node, path).GetValue<string>();

    /// <summary>Each history row as "date value met excused streak", e.g. "2026-11-21 1 true false 1".</summary>
    public static string[] Rows(this JsonNode goal) =>
        [.. goal["history"]!.AsArray().Select(day =>
            $"{day!["date"]} {day["value"]} {day["met"]?.ToString() ?? "null"} {day["excused"]} {day["streak"]}")];

    private static JsonNode Walk(JsonNode node, string path) =>
        path.Split('.').Aggregate(node, (current, name) => current[name]!);
}
