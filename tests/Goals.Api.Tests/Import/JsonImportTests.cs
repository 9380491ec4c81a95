using System.Text.Json.Nodes;
using Goals.Api.Tests.Activities;
using Goals.Api.Tests.Goals;
using Goals.Api.Tests.Support;

namespace Goals.Api.Tests.Import;

public sealed class JsonImportTests(GoalsApiFactory factory) : IClassFixture<GoalsApiFactory>
{
    [Fact]
    public async Task Export_delete_import_export_gives_the_same_document_apart_from_ids_and_store_stamps()
    {
        using var client = factory.ClientFor("round-trip");
        await SeedAsync(client);
        var before = await client.DownloadAsync("json");

        await client.DataAsync("mutation { deleteAccount(input: { confirm: true }) { deletedUserId } }");
        var imported = await client.ImportJsonAsync(before);
        var after = await client.DownloadAsync("json");

        Assert.Null(imported["errors"]);
        Assert.Equal(3, imported.Int("importedGoals"));
        Assert.Equal(4, imported.Int("importedActivities"));
        Assert.Equal(Normalized(before), Normalized(after));
        Assert.Matches("\"reminderTime\":\\s*\"07:30\"", after);
    }

    [Fact]
    public async Task The_same_file_twice_stores_nothing_new()
    {
        using var source = factory.ClientFor("twice-source");
        await SeedAsync(source);
        var file = await source.DownloadAsync("json");
        using var client = factory.ClientFor("twice-target");

        var first = await client.ImportJsonAsync(file);
        var afterFirst = await client.DownloadAsync("json");
        var second = await client.ImportJsonAsync(file);
        var afterSecond = await client.DownloadAsync("json");

        Assert.Equal((3, 4, 0), (first.Int("importedGoals"), first.Int("importedActivities"), first.Int("skipped")));
        Assert.Equal((0, 0, 7), (second.Int("importedGoals"), second.Int("importedActivities"), second.Int("skipped")));
        Assert.Equal(Normalized(afterFirst, keepIds: true), Normalized(afterSecond, keepIds: true));
    }

    [Fact]
    public async Task A_row_that_breaks_a_rule_is_reported_with_its_path_and_the_others_are_imported()
    {
        using var client = factory.ClientFor("row-errors");
        var file = """
            {"format":"goals-export","version":1,"goals":[
              {"title":"Read","category":"LEARNING","pattern":"TARGET","target":20,"unit":"pages","period":"DAY",
               "schedule":["MONDAY"],"startDate":"2026-01-01","status":"ACTIVE","skips":[],"pauses":[],"activities":[
                {"date":"2026-01-02","occurredAt":"2026-01-02T09:00:00Z","amount":-5,"note":null},
                {"date":"2026-01-03","occurredAt":"2026-01-03T09:00:00Z","amount":12,"note":"ok"}]},
              {"title":"Bad","category":"LEARNING","pattern":"SOMETIMES","target":1,"period":"DAY","schedule":[],
               "startDate":"2026-01-01","status":"ACTIVE"}]}
            """;

        var payload = await client.ImportJsonAsync(file);
        var broken = await client.ImportJsonAsync("{ \"format\": \"goals-export\",\n \"version\": 1, oops }");

        Assert.Equal((1, 1), (payload.Int("importedGoals"), payload.Int("importedActivities")));
        var messages = payload["errors"]!.AsArray().Select(e => e!["message"]!.GetValue<string>()).ToList();
        Assert.Contains(messages, m => m.StartsWith("goals[0].activities[0]: Amount", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("goals[1]: 'SOMETIMES'", StringComparison.Ordinal));
        Assert.All(payload["errors"]!.AsArray(), e => Assert.Equal("content", e!["file"]!.GetValue<string>()));
        Assert.Equal(2, broken["errors"]![0]!["line"]!.GetValue<int>());
        Assert.Equal(0, broken.Int("importedGoals"));
    }

    internal static async Task SeedAsync(GraphQLClient client)
    {
        await client.DataAsync("""mutation { updateSettings(input: { timeZone: "Europe/Berlin", dayStartsAt: "04:00", weekStart: SUNDAY }) { errors { __typename } } }""");
        var read = await client.CreateIdAsync(new { title = "Read", pattern = "TARGET", target = 20, unit = "pages", startDate = "2026-01-01", category = "LEARNING", reminderTime = "07:30" });
        var run = await client.CreateIdAsync(new { title = "Run", pattern = "FREQUENCY", target = 3, period = "WEEK", startDate = "2026-02-01", description = "=1+1 in a cell" });
        var old = await client.CreateIdAsync(new { title = "Old", pattern = "HABIT", target = 1, startDate = "2026-01-01" });
        await client.LogAsync(new { goalId = read, amount = 25, date = "2026-01-02", note = "Felt great, \"really\"\nagain" });
        await client.LogAsync(new { goalId = read, amount = 5, date = "2026-01-03" });
        await client.LogAsync(new { goalId = run, amount = 1, date = "2026-02-02" });
        await client.LogAsync(new { goalId = old, amount = 1, date = "2026-01-05" });
        await client.DataAsync("mutation($id: ID!) { skipDay(input: { goalId: $id, date: \"2026-01-04\" }) { errors { __typename } } }", new { id = read });
        await client.DataAsync("mutation($ids: [ID!]!) { archiveGoals(input: { ids: $ids }) { errors { __typename } } }", new { ids = new[] { old } });
    }

    /// <summary>The document without what the store assigns anew: ids, creation and update stamps, versions.</summary>
    internal static string Normalized(string json, bool keepIds = false)
    {
        var document = JsonNode.Parse(json)!.AsObject();
        document.Remove("exportedAt");
        foreach (var goal in document["goals"]!.AsArray())
        {
            foreach (var name in (string[])["createdAt", "updatedAt", "version", "completedAt", .. keepIds ? Array.Empty<string>() : ["id"]])
                goal!.AsObject().Remove(name);
            foreach (var activity in goal!["activities"]!.AsArray())
            {
                activity!.AsObject().Remove("createdAt");
                if (!keepIds)
                    activity.AsObject().Remove("id");
            }
        }

        return document.ToJsonString();
    }
}
