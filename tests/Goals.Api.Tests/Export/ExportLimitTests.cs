using Goals.Api.Tests.Insights;
using Goals.Domain;
using NodaTime;

namespace Goals.Api.Tests.Export;

public sealed class ExportLimitTests(ExportLimitTests.SmallExportApi api) : IClassFixture<ExportLimitTests.SmallExportApi>
{
    [Fact]
    public async Task An_account_over_the_activity_limit_is_refused_with_export_too_large()
    {
        var seed = api.Seed("hoarder");
        var goal = await seed.GoalAsync("Steps", GoalPattern.Target, 10_000, new LocalDate(2026, 11, 1));
        await seed.LogDailyAsync(goal, new LocalDate(2026, 11, 1), new LocalDate(2026, 11, 4));
        using var client = api.ClientFor("hoarder");

        var response = await client.SendAsync("{ export(format: CSV) { content } }");

        Assert.Equal("EXPORT_TOO_LARGE", response.FirstErrorCode);
        Assert.Equal(
            "An export here holds at most 3 activities; this account has 4. GET /export streams any size.",
            response.Errors![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_account_at_the_limit_exports_every_activity()
    {
        var seed = api.Seed("just-enough");
        var goal = await seed.GoalAsync("Steps", GoalPattern.Target, 10_000, new LocalDate(2026, 11, 1));
        await seed.LogDailyAsync(goal, new LocalDate(2026, 11, 1), new LocalDate(2026, 11, 3));
        using var client = api.ClientFor("just-enough");

        var csv = (await ExportTests.ExportAsync(client, "CSV"))["content"]!.GetValue<string>();

        Assert.Equal(4, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task The_download_endpoint_has_no_cap_and_streams_every_activity()
    {
        var seed = api.Seed("streamer");
        var goal = await seed.GoalAsync("Steps", GoalPattern.Target, 10_000, new LocalDate(2023, 1, 1));
        await seed.LogDailyAsync(goal, new LocalDate(2023, 1, 1), new LocalDate(2026, 4, 30));
        using var client = api.ClientFor("streamer");

        using var response = await client.Http.GetAsync("/export?format=csv", HttpCompletionOption.ResponseHeadersRead);
        var csv = await response.Content.ReadAsStringAsync();

        response.EnsureSuccessStatusCode();
        Assert.Equal(1 + 1216, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.EndsWith(",UTC\r\n", csv, StringComparison.Ordinal);
    }

    public sealed class SmallExportApi() : PinnedClockApi(new Dictionary<string, string> { ["Export:MaxActivities"] = "3" });
}
