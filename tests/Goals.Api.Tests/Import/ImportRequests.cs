using System.Text.Json.Nodes;
using Goals.Api.Tests.Support;

namespace Goals.Api.Tests.Import;

internal static class ImportRequests
{
    private const string ImportData =
        "mutation($input: ImportDataInput!) { importData(input: $input) { importedGoals importedActivities skipped errors { message file line } } }";

    public static async Task<JsonNode> ImportJsonAsync(this GraphQLClient client, string content) =>
        (await client.DataAsync(ImportData, new { input = new { format = "JSON", content } }))["importData"]!;

    public static async Task<JsonNode> ImportLoopAsync(this GraphQLClient client, string habits, string checkmarks) =>
        (await client.DataAsync(ImportData, new
        {
            input = new { format = "LOOP_CSV", files = new[] { new { name = "Habits.csv", content = habits }, new { name = "Checkmarks.csv", content = checkmarks } } },
        }))["importData"]!;

    public static async Task<string> DownloadAsync(this GraphQLClient client, string format)
    {
        using var response = await client.Http.GetAsync($"/export?format={format}");
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    public static int Int(this JsonNode payload, string name) => payload[name]!.GetValue<int>();
}
