using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Goals.LoadRunner;

/// <summary>
/// Fills the token's account through the public API before a run: <c>--seed-habits 20 --seed-days 320</c> creates
/// that many daily HABIT goals starting <c>days - 1</c> days before the user's today and logs four days in five
/// (one activity each), the account behind the goal-page figures in docs/performance.md.
/// </summary>
internal sealed class AccountSeeder(HttpClient http)
{
    private const int ItemsPerBulkLog = 500;

    public async Task<int> SeedAsync(int habits, int days)
    {
        // A fresh account's day starts at midnight in its zone, so its today is the zone's calendar date.
        var me = await SendAsync("{ me { timeZone } }", new JsonObject());
        var zone = TimeZoneInfo.FindSystemTimeZoneById(me["me"]!["timeZone"]!.GetValue<string>());
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone).DateTime);
        var start = today.AddDays(1 - days);
        var items = new List<JsonObject>();
        for (var habit = 0; habit < habits; habit++)
        {
            var created = await SendAsync(
                "mutation($input: CreateGoalInput!) { createGoal(input: $input) { goal { id } errors { ... on Error { message } } } }",
                new JsonObject
                {
                    ["input"] = new JsonObject
                    {
                        ["title"] = $"Habit {habit:00}", ["pattern"] = "HABIT", ["target"] = 1, ["startDate"] = Iso(start),
                    },
                });
            var goalId = created["createGoal"]!["goal"]?["id"]?.GetValue<string>()
                ?? throw new InvalidOperationException($"createGoal failed: {created.ToJsonString()}");

            // Every fifth day (shifted per goal) stays empty, so streaks and rates differ between goals.
            items.AddRange(Enumerable.Range(0, days)
                .Where(offset => (offset + habit) % 5 != 0)
                .Select(offset => new JsonObject { ["goalId"] = goalId, ["date"] = Iso(start.AddDays(offset)) }));
        }

        // The goals' activities together, as full batches: a short history takes one request for the whole account.
        var logged = 0;
        foreach (var chunk in items.Chunk(ItemsPerBulkLog))
        {
            var result = await SendAsync(
                "mutation($input: LogActivitiesInput!) { logActivities(input: $input) { loggedCount } }",
                new JsonObject { ["input"] = new JsonObject { ["activities"] = new JsonArray([.. chunk]) } });
            logged += result["logActivities"]!["loggedCount"]!.GetValue<int>();
        }

        return logged;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<JsonNode> SendAsync(string query, JsonObject variables)
    {
        using var response = await http.PostAsJsonAsync(
            new Uri("graphql", UriKind.Relative), new JsonObject { ["query"] = query, ["variables"] = variables });
        var body = await response.Content.ReadFromJsonAsync<JsonObject>()
            ?? throw new InvalidOperationException($"HTTP {(int)response.StatusCode} without a body");
        if (body["errors"] is { } errors)
        {
            throw new InvalidOperationException($"GraphQL errors: {errors.ToJsonString()}");
        }

        return body["data"]!;
    }
}
