using Goals.Api.Tests.Support;

namespace Goals.Api.Tests.Import;

/// <summary>A Loop Habit Tracker CSV backup, in the shape its exporter writes (newest date first, a trailing comma).</summary>
public sealed class LoopImportTests(GoalsApiFactory factory) : IClassFixture<GoalsApiFactory>
{
    private const string Habits =
        "Position,Name,Type,Question,Description,FrequencyNumerator,FrequencyDenominator,Color,Unit,Target Type,Target Value,Archived?\n"
        + "001,Meditate,YES_NO,Did you meditate today?,,1,1,#FF8F00,,AT_LEAST,0,false\n"
        + "002,Gym,YES_NO,Did you go to the gym?,Strength days,3,7,#303F9F,,AT_LEAST,0,false\n"
        + "003,Water,NUMERICAL,How many glasses?,,1,1,#039BE5,glasses,AT_LEAST,8,false\n";

    private const string Checkmarks =
        "Date,Meditate,Gym,Water,\n"
        + "2026-03-05,YES_MANUAL,YES_AUTO,8.000,\n"
        + "2026-03-04,SKIP,YES_MANUAL,6.500,\n"
        + "2026-03-03,NO,UNKNOWN,0,\n"
        + "2026-03-02,YES_MANUAL,YES_MANUAL,2,\n";

    [Fact]
    public async Task Habits_become_goals_and_checkmarks_become_activities_and_skips()
    {
        using var client = factory.ClientFor("loop-import");

        var payload = await client.ImportLoopAsync(Habits, Checkmarks);
        var goals = await client.DataAsync(
            "{ goals(first: 10, order: [{ title: ASC }]) { nodes { title pattern target unit period startDate activities(first: 20) { totalCount } } } }");

        Assert.Null(payload["errors"]);
        Assert.Equal((3, 7), (payload.Int("importedGoals"), payload.Int("importedActivities")));
        var nodes = goals["goals"]!["nodes"]!.AsArray();
        Assert.Equal(["Gym", "Meditate", "Water"], nodes.Select(n => n!["title"]!.GetValue<string>()));
        Assert.Equal(["FREQUENCY", "HABIT", "TARGET"], nodes.Select(n => n!["pattern"]!.GetValue<string>()));
        Assert.Equal([3d, 1d, 8d], nodes.Select(n => n!["target"]!.GetValue<double>()));
        Assert.Equal("glasses", nodes[2]!["unit"]!.GetValue<string>());
        Assert.Equal([2, 2, 3], nodes.Select(n => n!["activities"]!["totalCount"]!.GetValue<int>()));
        Assert.All(nodes, n => Assert.Equal("2026-03-02", n!["startDate"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_same_backup_twice_stores_nothing_new()
    {
        using var client = factory.ClientFor("loop-twice");

        await client.ImportLoopAsync(Habits, Checkmarks);
        var second = await client.ImportLoopAsync(Habits, Checkmarks);

        Assert.Equal((0, 0, 10), (second.Int("importedGoals"), second.Int("importedActivities"), second.Int("skipped")));
    }

    [Fact]
    public async Task A_bad_row_is_reported_with_its_file_and_line_and_a_missing_file_refuses_the_import()
    {
        using var client = factory.ClientFor("loop-errors");

        var payload = await client.ImportLoopAsync(Habits, Checkmarks + "05/03/2026,YES_MANUAL,NO,1,\n2026-03-01,MAYBE,NO,1,\n");
        var missing = await client.DataAsync(
            "mutation { importData(input: { format: LOOP_CSV, files: [{ name: \"Habits.csv\", content: \"Name\" }] }) { importedGoals errors { message } } }");

        var errors = payload["errors"]!.AsArray();
        Assert.Equal(("Checkmarks.csv", 6), (errors[0]!["file"]!.GetValue<string>(), errors[0]!["line"]!.GetValue<int>()));
        Assert.Equal(("Checkmarks.csv", 7), (errors[1]!["file"]!.GetValue<string>(), errors[1]!["line"]!.GetValue<int>()));
        Assert.Equal(8, payload.Int("importedActivities"));
        Assert.Contains("Checkmarks.csv", missing["importData"]!["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
