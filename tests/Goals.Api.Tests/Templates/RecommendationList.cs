using System.Text;
using System.Text.Json.Nodes;

namespace Goals.Api.Tests.Templates;

/// <summary>One recommendation as the API answered it: the template's slug, the score and the reasons by kind.</summary>
public sealed record RecommendationRow(string Slug, double Score, IReadOnlyDictionary<string, string> Reasons)
{
    public const string Query =
        "query($first: Int) { recommendations(first: $first) { template { id title } score reasons { kind message } } }";

    public static async Task<IReadOnlyList<RecommendationRow>> ReadAsync(Support.GraphQLClient client, int? first) =>
        [.. (await client.DataAsync(Query, new { first }))["recommendations"]!.AsArray().Select(From)];

    public static RecommendationRow From(JsonNode? node)
    {
        var id = node!["template"]!["id"]!.GetValue<string>();
        var reasons = node["reasons"]!.AsArray();
        Assert.Equal(
            ["OWN_GOALS", "SUCCESS_PATTERN", "SIMILAR_USERS", "SEASON"],
            reasons.Select(reason => reason!["kind"]!.GetValue<string>()));
        return new RecommendationRow(
            Encoding.UTF8.GetString(Convert.FromBase64String(id))["GoalTemplate:".Length..],
            node["score"]!.GetValue<double>(),
            reasons.ToDictionary(reason => reason!["kind"]!.GetValue<string>(), reason => reason!["message"]!.GetValue<string>()));
    }
}
