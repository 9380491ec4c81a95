using Goals.Api.Tests.Insights;

namespace Goals.Api.Tests.Import;

public sealed class ImportLimitTests(ImportLimitTests.SmallImportApi api) : IClassFixture<ImportLimitTests.SmallImportApi>
{
    [Fact]
    public async Task A_file_over_import_max_bytes_is_refused_whole_and_nothing_is_stored()
    {
        using var client = api.ClientFor("too-big");
        var file = """{"format":"goals-export","version":1,"goals":[{"title":"Read","pattern":"HABIT"}]}""" + new string(' ', 300);

        var payload = await client.ImportJsonAsync(file);
        var goals = await client.DataAsync("{ goals(first: 1) { totalCount } }");

        Assert.Equal(0, payload.Int("importedGoals"));
        Assert.StartsWith("The import holds 382 bytes; at most 256", payload["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(payload["errors"]![0]!["file"]);
        Assert.Equal(0, goals["goals"]!["totalCount"]!.GetValue<int>());
    }

    public sealed class SmallImportApi() : PinnedClockApi(new Dictionary<string, string> { ["Import:MaxBytes"] = "256" });
}
