using Goals.Api.Tests.Insights;
using static Goals.Api.Tests.Limits.AliasedBulkLogTests;

namespace Goals.Api.Tests.Limits;

/// <summary>Where an operator allows two bulk fields per operation, their items still add up against the bulk limit.</summary>
public sealed class BulkItemsAcrossAliasesTests(BulkItemsAcrossAliasesTests.TwoBulksApi api) : IClassFixture<BulkItemsAcrossAliasesTests.TwoBulksApi>
{
    [Fact]
    public async Task Two_aliased_bulk_logs_of_300_items_are_refused_as_600_items_over_the_limit_of_500()
    {
        var (client, goal) = await GoalOfAsync(api, "splitter");

        var response = await client.SendAsync(AliasedLogs(2), new { input = Items(goal, 300) });

        Assert.Equal("BULK_LIMIT_EXCEEDED", response.FirstErrorCode);
        Assert.Equal(
            "The 2 uses of 'logActivities' carry 600 items together; the maximum is 500.",
            response.Errors![0]!["message"]!.GetValue<string>());
        Assert.Equal(0, await StoredCountAsync(api.Services, goal));
    }

    [Fact]
    public async Task Two_aliased_bulk_logs_within_the_limit_together_both_run()
    {
        var (client, goal) = await GoalOfAsync(api, "two-halves");

        var response = await client.SendAsync(AliasedLogs(2), new { input = Items(goal, 250) });

        Assert.Null(response.Errors);
        Assert.Equal(250, response.Data!["l1"]!["loggedCount"]!.GetValue<int>());
        Assert.Equal(500, await StoredCountAsync(api.Services, goal));
    }

    public sealed class TwoBulksApi() : PinnedClockApi(new Dictionary<string, string> { ["GraphQL:Limits:MaxBulkRootFields"] = "2" });
}
