using System.Net;
using System.Text.Json.Nodes;
using Goals.Api.Tests.Insights;
using Goals.Domain;
using NodaTime;

namespace Goals.Api.Tests.Export;

/// <summary><c>GET /export</c> over the real pipeline: the bearer token, both formats, formula neutralising.</summary>
public sealed class ExportEndpointTests(PinnedClockApi api) : IClassFixture<PinnedClockApi>
{
    [Fact]
    public async Task Without_a_token_the_download_is_401_and_an_unknown_format_is_400()
    {
        using var anonymous = api.AnonymousClient();
        using var client = api.ClientFor("download-format");

        using var unauthorized = await anonymous.Http.GetAsync("/export?format=json");
        using var badFormat = await client.Http.GetAsync("/export?format=xml");

        Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badFormat.StatusCode);
    }

    [Fact]
    public async Task The_json_download_is_the_graphql_export_as_an_attachment_with_day_start_as_the_api_writes_it()
    {
        var seed = api.Seed("download-json");
        var goal = await seed.GoalAsync("Read", GoalPattern.Target, 20, new LocalDate(2026, 11, 1), unit: "pages");
        await seed.LogAsync(goal, new LocalDate(2026, 11, 2), 25, "a chapter");
        using var client = api.ClientFor("download-json");

        using var response = await client.Http.GetAsync("/export?format=json");
        var downloaded = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        var served = JsonNode.Parse((await ExportTests.ExportAsync(client, "JSON"))["content"]!.GetValue<string>())!.AsObject();

        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("attachment; filename=\"goals-export.json\"", response.Content.Headers.ContentDisposition!.ToString());
        Assert.Equal("00:00", downloaded["user"]!["dayStartsAt"]!.GetValue<string>());
        downloaded.Remove("exportedAt");
        served.Remove("exportedAt");
        Assert.Equal(served.ToJsonString(), downloaded.ToJsonString());
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\",\"x\")", "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"")]
    [InlineData("+cmd|' /C calc'!A0", "\"'+cmd|' /C calc'!A0\"")]
    [InlineData("-2+3", "\"'-2+3\"")]
    [InlineData("@SUM(1,2)", "\"'@SUM(1,2)\"")]
    [InlineData("\tx", "\"'\tx\"")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("a plain note", "a plain note")]
    public async Task A_csv_cell_that_a_spreadsheet_would_run_gets_a_leading_quote(string note, string cell)
    {
        var user = "download-csv-" + Convert.ToHexString(System.Text.Encoding.UTF8.GetBytes(note));
        var seed = api.Seed(user);
        var goal = await seed.GoalAsync(note.Trim(), GoalPattern.Habit, 1, new LocalDate(2026, 11, 1));
        await seed.LogAsync(goal, new LocalDate(2026, 11, 2), 1, note);
        using var client = api.ClientFor(user);

        using var response = await client.Http.GetAsync("/export?format=csv");
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Contains("," + cell + ",", csv, StringComparison.Ordinal);
    }
}
