using Goals.Api.Tests.Insights;

namespace Goals.Api.Tests.Limits;

/// <summary>Fields computed per day of a range are priced per day, so long ranges under a page of goals exceed the budget.</summary>
public sealed class ExpensiveFieldCostTests(PinnedClockApi api) : IClassFixture<PinnedClockApi>
{
    [Fact]
    public async Task A_year_of_history_for_a_page_of_goals_is_refused_over_the_cost_budget()
    {
        using var client = api.ClientFor("historian");

        var response = await client.SendAsync(
            "{ goals(first: 50) { nodes { history(from: \"2025-11-26\", to: \"2026-11-25\") { date met streak } } } }");

        Assert.Equal("COST_LIMIT_EXCEEDED", response.FirstErrorCode);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task Aliased_year_long_daily_stats_are_refused_over_the_cost_budget()
    {
        using var client = api.ClientFor("statistician");
        const string year = "(from: \"2025-11-26\", to: \"2026-11-25\") { date activities goalsDue goalsMet perfect }";

        var response = await client.SendAsync($"{{ a: dailyStats{year} b: dailyStats{year} c: dailyStats{year} }}");

        Assert.Equal("COST_LIMIT_EXCEEDED", response.FirstErrorCode);
    }

    [Fact]
    public async Task One_year_of_daily_stats_fits_the_budget()
    {
        using var client = api.ClientFor("yearly");

        var response = await client.SendAsync("{ dailyStats(from: \"2025-11-26\", to: \"2026-11-25\") { date activities goalsDue goalsMet perfect } }");

        Assert.Null(response.Errors);
        Assert.Equal(365, response.Data!["dailyStats"]!.AsArray().Count);
    }
}
