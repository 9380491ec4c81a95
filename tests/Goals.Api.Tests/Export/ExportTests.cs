using System.Text;
using System.Text.Json.Nodes;
using Goals.Api.Tests.Insights;
using Goals.Domain;
using NodaTime;

namespace Goals.Api.Tests.Export;

public sealed class ExportTests(PinnedClockApi api) : IClassFixture<PinnedClockApi>
{
    private const string Export = "query($format: ExportFormat!) { export(format: $format) { format contentType content } }";
    private const string AwkwardNote = "Felt great, \"really\"\nagain";

    [Fact]
    public async Task Json_holds_every_goal_with_its_activities_skips_and_pauses()
    {
        var (water, activities) = await SeedAsync("json-exporter");
        using var client = api.ClientFor("json-exporter");

        var result = await ExportAsync(client, "JSON");

        Assert.Equal("JSON", result["format"]!.GetValue<string>());
        Assert.Equal("application/json", result["contentType"]!.GetValue<string>());
        var file = JsonNode.Parse(result["content"]!.GetValue<string>())!;
        Assert.Equal("goals-export", file["format"]!.GetValue<string>());
        Assert.Equal(1, file["version"]!.GetValue<int>());
        Assert.StartsWith("2026-11-25T12:00:", file["exportedAt"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("""{"timeZone":"UTC","dayStartsAt":"00:00","weekStart":"MONDAY"}""", file["user"]!.ToJsonString());
        Assert.Equal("""[{"from":"2026-12-20","to":null}]""", file["vacations"]!.ToJsonString());
        var goals = file["goals"]!.AsArray();
        Assert.Equal(["Water", "Old habit"], goals.Select(goal => goal!["title"]!.GetValue<string>()));
        var exported = goals[0]!;
        Assert.Equal(Id("Goal", water.Id), exported["id"]!.GetValue<string>());
        Assert.Equal("HEALTH TARGET 8 glasses DAY ACTIVE 2026-11-20", string.Join(' ',
            new[] { "category", "pattern", "target", "unit", "period", "status", "startDate" }.Select(name => exported[name]!.ToString())));
        Assert.Equal(7, exported["schedule"]!.AsArray().Count);
        Assert.Equal("MONDAY", exported["schedule"]![0]!.GetValue<string>());
        Assert.Null(exported["deadline"]);
        Assert.Null(exported["minAmount"]);
        Assert.Equal(1, exported["version"]!.GetValue<int>());
        Assert.Equal("""["2026-11-22"]""", exported["skips"]!.ToJsonString());
        Assert.Equal("""[{"from":"2026-11-23","to":"2026-11-24"}]""", exported["pauses"]!.ToJsonString());
        var logged = exported["activities"]!.AsArray();
        Assert.Equal([Id("Activity", activities[1].Id), Id("Activity", activities[0].Id)], logged.Select(a => a!["id"]!.GetValue<string>()));
        Assert.Equal("2026-11-20 2026-11-20T12:00:00Z 2.5", $"{logged[0]!["date"]} {logged[0]!["occurredAt"]} {logged[0]!["amount"]}");
        Assert.Null(logged[0]!["note"]);
        Assert.Equal(AwkwardNote, logged[1]!["note"]!.GetValue<string>());
        Assert.Empty(goals[1]!["activities"]!.AsArray());
        Assert.Equal("ARCHIVED", goals[1]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Csv_has_one_row_per_activity_with_its_goal_and_quotes_per_rfc_4180()
    {
        var (water, activities) = await SeedAsync("csv-exporter");
        using var client = api.ClientFor("csv-exporter");

        var result = await ExportAsync(client, "CSV");

        Assert.Equal("CSV", result["format"]!.GetValue<string>());
        Assert.Equal("text/csv", result["contentType"]!.GetValue<string>());
        var goalColumns = $"{Id("Goal", water.Id)},Water,HEALTH,TARGET,8,glasses,DAY,ACTIVE";
        var expected =
            "goal_id,goal_title,goal_category,goal_pattern,goal_target,goal_unit,goal_period,goal_status,activity_id,date,occurred_at,amount,note,created_at,time_zone\r\n"
            + $"{goalColumns},{Id("Activity", activities[1].Id)},2026-11-20,2026-11-20T12:00:00Z,2.5,,{Instant(activities[1].CreatedAt)},UTC\r\n"
            + $"{goalColumns},{Id("Activity", activities[0].Id)},2026-11-21,2026-11-21T12:00:00Z,8,\"Felt great, \"\"really\"\"\nagain\",{Instant(activities[0].CreatedAt)},UTC\r\n";
        Assert.Equal(expected, result["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_empty_account_exports_an_empty_file_of_each_format()
    {
        using var client = api.ClientFor("nothing-yet");

        var json = JsonNode.Parse((await ExportAsync(client, "JSON"))["content"]!.GetValue<string>())!;
        var csv = (await ExportAsync(client, "CSV"))["content"]!.GetValue<string>();

        Assert.Empty(json["goals"]!.AsArray());
        Assert.Empty(json["vacations"]!.AsArray());
        Assert.Single(csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("export-reminder-7", "7", """{"timeZone":"UTC","dayStartsAt":"00:00","weekStart":"MONDAY","streakReminderHour":7}""")]
    [InlineData("export-reminder-off", "null", """{"timeZone":"UTC","dayStartsAt":"00:00","weekStart":"MONDAY","streakReminderHour":null}""")]
    public async Task The_user_s_own_streak_reminder_choice_is_exported(string user, string hour, string expected)
    {
        using var client = api.ClientFor(user);
        await client.DataAsync($"mutation {{ updateSettings(input: {{ streakReminderHour: {hour} }}) {{ user {{ id }} }} }}");

        var json = JsonNode.Parse((await ExportAsync(client, "JSON"))["content"]!.GetValue<string>())!;

        Assert.Equal(expected, json["user"]!.ToJsonString());
    }

    [Fact]
    public async Task Without_a_token_the_export_is_refused()
    {
        using var client = api.AnonymousClient();

        Assert.Equal("UNAUTHENTICATED", (await client.SendAsync(Export, new { format = "JSON" })).FirstErrorCode);
    }

    internal static async Task<JsonNode> ExportAsync(Support.GraphQLClient client, string format) =>
        (await client.DataAsync(Export, new { format }))["export"]!;

    private static string Id(string type, string key) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{type}:{key}"));

    private static string Instant(Instant instant) => NodaTime.Text.InstantPattern.ExtendedIso.Format(instant);

    private async Task<(Storage.Abstractions.GoalRecord Water, Storage.Abstractions.ActivityRecord[] Activities)> SeedAsync(string user)
    {
        var seed = api.Seed(user);
        var water = await seed.GoalAsync("Water", GoalPattern.Target, 8, new LocalDate(2026, 11, 20), category: GoalCategory.Health, unit: "glasses");
        var later = await seed.LogAsync(water, new LocalDate(2026, 11, 21), 8, AwkwardNote);
        var earlier = await seed.LogAsync(water, new LocalDate(2026, 11, 20), 2.5);
        await seed.SkipAsync(water, new LocalDate(2026, 11, 22));
        await seed.PauseAsync(water, new LocalDate(2026, 11, 23), new LocalDate(2026, 11, 24));
        await seed.PauseAsync(null, new LocalDate(2026, 12, 20), null);
        await seed.GoalAsync("Old habit", GoalPattern.Habit, 1, new LocalDate(2026, 1, 1), status: GoalStatus.Archived);
        var stranger = api.Seed(user + "-neighbour");
        var theirs = await stranger.GoalAsync("Not mine", GoalPattern.Habit, 1, new LocalDate(2026, 11, 1));
        await stranger.LogAsync(theirs, new LocalDate(2026, 11, 2));
        return (water, [later, earlier]);
    }
}
