using Goals.Domain;

namespace Goals.Api.Tests.Activities;

public sealed class ConcurrentLoggingTests(ActivitiesHost host) : IClassFixture<ActivitiesHost>
{
    private const int Workers = 4;
    private const int LogsPerWorker = 50;

    [Fact]
    public async Task Parallel_logs_on_one_goal_lose_nothing()
    {
        var goal = await host.SeedGoalAsync("parallel", GoalPattern.Target, target: 10);

        var failures = await LogInParallelAsync("parallel", goal.Id);

        Assert.Equal(0, failures);
        Assert.Equal(["2026-11-24=200/200"], await host.DayTotalsAsync(goal.Key));
    }

    [Fact]
    public async Task Parallel_logs_racing_past_a_cumulative_target_complete_the_goal_exactly_once()
    {
        var goal = await host.SeedGoalAsync("parallel-reader", GoalPattern.Cumulative, target: 100);

        var failures = await LogInParallelAsync("parallel-reader", goal.Id);

        var stored = await host.Goals.GetAsync("parallel-reader", goal.Key, CancellationToken.None);
        Assert.Equal(0, failures);
        Assert.Equal(["2026-11-24=200/200"], await host.DayTotalsAsync(goal.Key));
        Assert.Equal(GoalStatus.Completed, stored!.Status);
        Assert.Equal(2, stored.Version);
    }

    /// <summary>Four clients each send 50 logs one after another, all four at once; returns how many failed.</summary>
    private async Task<int> LogInParallelAsync(string userId, string goalId)
    {
        var workers = Enumerable.Range(0, Workers).Select(async _ =>
        {
            using var client = host.ClientFor(userId);
            var failed = 0;
            for (var i = 0; i < LogsPerWorker; i++)
            {
                var payload = await client.LogAsync(new { goalId });
                failed += payload["activity"] is null ? 1 : 0;
            }

            return failed;
        });
        return (await Task.WhenAll(workers)).Sum();
    }
}
