using Goals.Api.Tests.Progress;
using Goals.Api.Tests.Support;
using Goals.Domain;
using NodaTime;

namespace Goals.Api.Tests.GoalState;

/// <summary>
/// One <c>logActivity</c> goes through the goal-state path once before its write and once after: the goal is read
/// before the write and again after it (its new data version keys the cached evaluation), and the "before" of a goal
/// whose last write or read left its evaluation in the cache costs no store call and no engine run.
/// </summary>
public sealed class LogActivityStoreCallsTests(GoalStateHost host) : IClassFixture<GoalStateHost>
{
    private const string LogActivity = """
        mutation($input: LogActivityInput!) {
          logActivity(input: $input) { activity { id } goal { id status version updatedAt } errors { __typename } }
        }
        """;

    [Fact]
    public async Task A_log_after_a_log_reads_the_goal_twice_its_inputs_once_and_runs_the_engine_once()
    {
        var goalId = await host.SeedGoalAsync("counted", GoalPattern.Habit, target: 1);
        using var client = host.ClientFor("counted");
        for (var day = 4; day <= 24; day++)
        {
            await LogAsync(client, new { goalId, date = $"2026-11-{day:00}" });
        }

        using var evaluations = new EvaluationCounter(host.Factory.Services, includeWrites: true);
        host.Calls.Reset();
        evaluations.Take();
        var payload = await LogAsync(client, new { goalId });

        Assert.Null(payload["errors"]);
        Assert.Equal(2, host.Calls.Count("IGoalStore.GetAsync") + host.Calls.Count("IGoalStore.GetManyAsync"));
        Assert.Equal(0, host.Calls.Count("IGoalStore.ListAsync"));
        Assert.Equal(0, host.Calls.Count("IGoalStore.UpdateAsync"));
        Assert.Equal(1, host.Calls.Count("IUserStore.GetOrCreateAsync"));
        Assert.Equal(1, host.Calls.Count("IActivityStore.GetDayTotalsAsync"));
        Assert.Equal(1, host.Calls.Count("IExcusalStore.GetForGoalsAsync"));
        Assert.Equal(1, host.Calls.Count("IActivityStore.AppendAsync"));
        Assert.Equal(1, evaluations.Take());
    }

    [Fact]
    public async Task A_log_that_reaches_the_target_completes_the_goal_as_read_after_the_write()
    {
        var goalId = await host.SeedGoalAsync("finisher", GoalPattern.Cumulative, target: 10);
        using var client = host.ClientFor("finisher");
        await LogAsync(client, new { goalId, amount = 9, date = "2026-11-20" });

        using var evaluations = new EvaluationCounter(host.Factory.Services, includeWrites: true);
        host.Calls.Reset();
        evaluations.Take();
        var payload = await LogAsync(client, new { goalId, amount = 1 });

        Assert.Equal("COMPLETED", payload["goal"]!["status"]!.GetValue<string>());
        Assert.Equal(2, payload["goal"]!["version"]!.GetValue<int>());
        Assert.Equal(2, host.Calls.Count("IGoalStore.GetAsync") + host.Calls.Count("IGoalStore.GetManyAsync"));
        Assert.Equal(1, host.Calls.Count("IGoalStore.UpdateAsync"));
        Assert.Equal(1, evaluations.Take());
    }

    [Fact]
    public async Task The_goal_a_log_answers_with_is_the_goal_as_stored_after_the_write()
    {
        var goalId = await host.SeedGoalAsync("stamped", GoalPattern.Habit, target: 1);
        using var client = host.ClientFor("stamped");
        host.Clock.Now += Duration.FromMinutes(7);

        var logged = (await LogAsync(client, new { goalId }))["goal"]!;
        var stored = (await client.DataAsync(
            "query($id: ID!) { node(id: $id) { ... on Goal { id status version updatedAt } } }", new { id = goalId }))["node"]!;

        Assert.Equal(stored.ToJsonString(), logged.ToJsonString());
        Assert.Equal(host.Clock.Now.ToString(), Instant.FromDateTimeOffset(
            DateTimeOffset.Parse(logged["updatedAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)).ToString());
    }

    [Fact]
    public async Task A_key_replayed_on_another_goal_answers_with_the_first_activity_and_its_own_goal()
    {
        var first = await host.SeedGoalAsync("replayer", GoalPattern.Habit, target: 1);
        var other = await host.SeedGoalAsync("replayer", GoalPattern.Habit, target: 1);
        using var client = host.ClientFor("replayer");
        var logged = await LogAsync(client, new { goalId = first, idempotencyKey = "once" });

        var single = await LogAsync(client, new { goalId = other, idempotencyKey = "once" });
        var bulk = (await client.DataAsync(
            "mutation($input: LogActivitiesInput!) { logActivities(input: $input) { results { activity { id } goal { id } } } }",
            new { input = new { activities = new[] { new { goalId = other, idempotencyKey = "once" } } } }))["logActivities"]!["results"]![0]!;

        Assert.All(new[] { single, bulk }, payload =>
        {
            Assert.Equal(logged["activity"]!["id"]!.GetValue<string>(), payload["activity"]!["id"]!.GetValue<string>());
            Assert.Equal(first, payload["goal"]!["id"]!.GetValue<string>());
        });
    }

    private static async Task<System.Text.Json.Nodes.JsonNode> LogAsync(GraphQLClient client, object input) =>
        (await client.DataAsync(LogActivity, new { input }))["logActivity"]!;
}
