using Goals.Api.Common;
using Goals.Api.Tests.Goals;

namespace Goals.Api.Tests.Progress;

public sealed class GoalActivitiesTests(GoalsTestHost host) : IClassFixture<GoalsTestHost>
{
    private const string Activities = """
        query($id: ID!, $first: Int, $after: String, $from: LocalDate, $to: LocalDate) {
          goal(id: $id) { activities(first: $first, after: $after, from: $from, to: $to) {
            totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { date amount } } } } }
        """;

    [Fact]
    public async Task Activities_page_newest_first_with_a_total_count()
    {
        using var scenario = await (await new ProgressScenario(host, "activities-paging").WithGoalAsync(
                new { title = "Read", pattern = "TARGET", target = 20, startDate = "2026-11-01" }))
            .LogAsync((5, "2026-11-20"), (7, "2026-11-22"), (9, "2026-11-24"));

        var first = await PageAsync(scenario, new { id = scenario.GoalId, first = 2 });
        var second = await PageAsync(scenario, new { id = scenario.GoalId, first = 2, after = first["pageInfo"]!.Text("endCursor") });

        Assert.Equal(["2026-11-24 9", "2026-11-22 7"], Rows(first));
        Assert.Equal(["2026-11-20 5"], Rows(second));
        Assert.Equal((3, true, false), (first["totalCount"]!.GetValue<int>(), first["pageInfo"]!.Flag("hasNextPage"), first["pageInfo"]!.Flag("hasPreviousPage")));
        Assert.Equal((false, true), (second["pageInfo"]!.Flag("hasNextPage"), second["pageInfo"]!.Flag("hasPreviousPage")));
    }

    [Fact]
    public async Task Activities_can_be_bounded_by_local_dates()
    {
        using var scenario = await (await new ProgressScenario(host, "activities-dates").WithGoalAsync(
                new { title = "Read", pattern = "TARGET", target = 20, startDate = "2026-11-01" }))
            .LogAsync((5, "2026-11-20"), (7, "2026-11-22"), (9, "2026-11-24"));

        var bounded = await PageAsync(scenario, new { id = scenario.GoalId, from = "2026-11-21", to = "2026-11-24" });
        var fromOnly = await PageAsync(scenario, new { id = scenario.GoalId, from = "2026-11-23" });

        Assert.Equal(["2026-11-24 9", "2026-11-22 7"], Rows(bounded));
        Assert.Equal(2, bounded["totalCount"]!.GetValue<int>());
        Assert.Equal(["2026-11-24 9"], Rows(fromOnly));
    }

    [Fact]
    public async Task Dates_in_the_wrong_order_are_a_request_error()
    {
        using var scenario = await new ProgressScenario(host, "activities-backwards").WithGoalAsync(
            new { title = "Read", pattern = "TARGET", target = 20 });

        var response = await scenario.Client.SendAsync(Activities, new { id = scenario.GoalId, from = "2026-11-24", to = "2026-11-20" });

        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
    }

    private static async Task<System.Text.Json.Nodes.JsonNode> PageAsync(ProgressScenario scenario, object variables) =>
        (await scenario.Client.DataAsync(Activities, variables))["goal"]!["activities"]!;

    private static string[] Rows(System.Text.Json.Nodes.JsonNode page) =>
        [.. page["edges"]!.AsArray().Select(edge => $"{edge!["node"]!.Text("date")} {edge["node"]!.Number("amount")}")];
}
