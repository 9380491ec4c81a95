using System.Text;
using Goals.Api.Tests.Activities;
using Goals.Api.Tests.Insights;
using Goals.Api.Tests.Support;
using Goals.Domain;
using Goals.Server.Relay;
using Goals.Storage.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Goals.Api.Tests.Limits;

/// <summary>
/// Aliases repeat a bulk write for free in the document: thirty aliased <c>logActivities</c> of 500 items each once
/// stored 14,240+ rows and answered TIMEOUT with <c>data: null</c>. The execution timeout is 1 ms here, so any write
/// that runs at all is slower than it.
/// </summary>
public sealed class AliasedBulkLogTests(AliasedBulkLogTests.StrictApi api) : IClassFixture<AliasedBulkLogTests.StrictApi>
{
    [Fact]
    public async Task Thirty_aliased_bulk_logs_of_500_items_are_refused_at_validation_and_store_nothing()
    {
        var (client, goal) = await GoalOfAsync(api, "aliaser");

        var response = await client.SendAsync(AliasedLogs(30), new { input = Items(goal, 500) });

        // Thirty aliases are over the document's alias limit before the root field limits are reached.
        Assert.Equal("MAX_ALIASES_EXCEEDED", response.FirstErrorCode);
        Assert.Null(response.Data);
        Assert.Equal(0, await StoredCountAsync(api.Services, goal));
    }

    [Fact]
    public async Task Fifteen_aliased_bulk_logs_within_the_alias_limit_are_refused_over_the_mutation_field_limit()
    {
        var (client, goal) = await GoalOfAsync(api, "fifteen-bulks");

        var response = await client.SendAsync(AliasedLogs(15), new { input = Items(goal, 500) });

        Assert.Equal("MAX_MUTATION_FIELDS_EXCEEDED", response.FirstErrorCode);
        Assert.Null(response.Data);
        Assert.Equal(0, await StoredCountAsync(api.Services, goal));
    }

    [Fact]
    public async Task Two_aliased_bulk_logs_are_refused_before_either_runs()
    {
        var (client, goal) = await GoalOfAsync(api, "two-bulks");

        var response = await client.SendAsync(AliasedLogs(2), new { input = Items(goal, 3) });

        Assert.Equal("BULK_LIMIT_EXCEEDED", response.FirstErrorCode);
        Assert.Equal("The operation runs 2 bulk fields; the maximum is 1.", response.Errors![0]!["message"]!.GetValue<string>());
        Assert.Equal(0, await StoredCountAsync(api.Services, goal));
    }

    [Fact]
    public async Task Six_aliased_single_logs_are_refused_over_the_mutation_field_limit()
    {
        var (client, goal) = await GoalOfAsync(api, "six-logs");
        var document = new StringBuilder("mutation($input: LogActivityInput!) {");
        for (var i = 0; i < 6; i++)
            document.Append(System.Globalization.CultureInfo.InvariantCulture, $" l{i}: logActivity(input: $input) {{ activity {{ id }} }}");

        var response = await client.SendAsync(document.Append(" }").ToString(), new { input = new { goalId = goal.Id } });

        Assert.Equal("MAX_MUTATION_FIELDS_EXCEEDED", response.FirstErrorCode);
        Assert.Equal(0, await StoredCountAsync(api.Services, goal));
    }

    [Fact]
    public async Task A_bulk_log_slower_than_the_execution_timeout_completes_and_reports_every_item()
    {
        var (client, goal) = await GoalOfAsync(api, "slow-writer");

        var response = await client.SendAsync(AliasedLogs(1), new { input = Items(goal, 200) });

        Assert.Null(response.Errors);
        Assert.Equal(200, response.Data!["l0"]!["loggedCount"]!.GetValue<int>());
        Assert.Equal(200, await StoredCountAsync(api.Services, goal));
    }

    internal static string AliasedLogs(int count)
    {
        var document = new StringBuilder("mutation($input: LogActivitiesInput!) {");
        for (var i = 0; i < count; i++)
            document.Append(System.Globalization.CultureInfo.InvariantCulture, $" l{i}: logActivities(input: $input) {{ loggedCount }}");
        return document.Append(" }").ToString();
    }

    internal static object Items(SeededGoal goal, int count) =>
        new { activities = Enumerable.Range(0, count).Select(_ => new { goalId = goal.Id }).ToArray() };

    internal static async Task<(GraphQLClient Client, SeededGoal Goal)> GoalOfAsync(PinnedClockApi host, string userId)
    {
        var goal = await host.Seed(userId).GoalAsync("Steps", GoalPattern.Target, 10_000, PinnedClockApi.Today.PlusDays(-30));
        return (host.ClientFor(userId), new SeededGoal(goal.Id, GlobalId.Encode("Goal", goal.Id)));
    }

    internal static async Task<int> StoredCountAsync(IServiceProvider services, SeededGoal goal) =>
        (await services.GetRequiredService<IActivityStore>().GetDayTotalsAsync(goal.Key, null, CancellationToken.None))
        .Sum(day => day.Count);

    public sealed class StrictApi() : PinnedClockApi(new Dictionary<string, string> { ["GraphQL:Limits:ExecutionTimeout"] = "00:00:00.001" });
}
