using System.Diagnostics;
using Goals.Api.Tests.Activities;
using Goals.Api.Tests.Goals;
using Goals.Api.Tests.Realtime.Redis;
using Goals.Api.Tests.Support;
using Goals.Api.Tests.Vacations;
using StackExchange.Redis;
using Xunit.Abstractions;

namespace Goals.Api.Tests.GoalState.Caching;

/// <summary>
/// Two cached replicas on one database and one Redis answer exactly what a host without a cache answers, right after
/// every kind of write, on the replica that wrote and on the other one.
/// </summary>
public sealed class CrossReplicaCacheTests(CacheReplicas replicas, ITestOutputHelper output) : IClassFixture<CacheReplicas>
{
    private static readonly string Today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [SkippableFact]
    public async Task Every_kind_of_write_on_A_is_answered_at_once_by_A_and_by_B()
    {
        RedisServer.Require();
        using var a = replicas.A.SignedClient("cache-writes");
        using var b = replicas.B.SignedClient("cache-writes");
        using var truth = replicas.Uncached.SignedClient("cache-writes");
        var run = await a.CreateIdAsync(new { title = "Run", pattern = "HABIT", target = 1, startDate = Day(-10) });
        var read = await a.CreateIdAsync(new { title = "Read", pattern = "CUMULATIVE", target = 100, startDate = Day(-10) });
        // A goal done every day for two weeks: how many of those days fall in the current week depends on the week start.
        var walk = await a.CreateIdAsync(new { title = "Walk", pattern = "FREQUENCY", target = 7, period = "WEEK", startDate = Day(-20) });
        await a.LogManyAsync(Enumerable.Range(-13, 14).Select(offset => (object)new { goalId = walk, date = Day(offset) }));
        var logged = await a.LogAsync(new { goalId = read, date = Day(-1), amount = 5 });
        var activity = logged["activity"]!["id"]!.GetValue<string>();

        var writes = new (string Kind, Func<Task> Write)[]
        {
            ("log", () => a.LogAsync(new { goalId = run, date = Today })),
            ("edit an activity", () => a.UpdateAsync(new { id = activity, amount = 12 })),
            ("delete an activity", () => a.DeleteAsync(activity)),
            ("skip", () => a.SkipDayAsync(run, Day(-2))),
            ("pause", () => a.MutateAsync("pauseGoal", "PauseGoalInput", new { id = run, from = Day(-4) })),
            ("resume", () => a.MutateAsync("resumeGoal", "GoalIdInput", new { id = run })),
            ("goal edit", () => a.MutateAsync("updateGoal", "UpdateGoalInput", new { id = read, target = 10 })),
            ("settings", () => a.DataAsync("mutation { updateSettings(input: { weekStart: SUNDAY }) { errors { __typename } } }")),
            ("vacation", () => a.StartVacationAsync(new { from = Day(-3) })),
            ("archive", () => a.DataAsync($$"""mutation { archiveGoals(input: { ids: ["{{read}}"] }) { errors { __typename } } }""")),
        };

        foreach (var (kind, write) in writes)
        {
            // Both replicas hold the page before the write: a stale entry would be there to be served.
            Assert.Equal(await CachedAnswers.PageAsync(a), await CachedAnswers.PageAsync(b));
            var before = await CachedAnswers.PageAsync(truth);
            await write();
            var expected = await CachedAnswers.PageAsync(truth);
            Assert.True(before != expected, $"{kind} changed nothing on the page");
            Assert.True(expected == await CachedAnswers.PageAsync(a), $"A after {kind}");
            Assert.True(expected == await CachedAnswers.PageAsync(b), $"B after {kind}");
        }
    }

    [SkippableFact]
    public async Task A_thousand_logs_on_A_are_each_seen_by_B_at_its_very_next_read()
    {
        RedisServer.Require();
        using var a = replicas.A.SignedClient("cache-thousand");
        using var b = replicas.B.SignedClient("cache-thousand");
        var goal = await a.CreateIdAsync(new { title = "Pages", pattern = "CUMULATIVE", target = 1_000_000, startDate = Day(-30) });
        var lags = new List<double>();
        for (var i = 1; i <= 1_000; i++)
        {
            await CachedAnswers.GoalAsync(b, goal);
            await a.LogAsync(new { goalId = goal, date = Today, amount = 1 });
            var written = Stopwatch.GetTimestamp();
            var seen = await CachedAnswers.GoalAsync(b, goal);
            lags.Add(Stopwatch.GetElapsedTime(written).TotalMilliseconds);
            Assert.Equal(i, CachedAnswers.Current(seen));
        }

        lags.Sort();
        output.WriteLine($"B's first read after A's write, 1,000 writes: p50 {lags[499]:F1} ms, p99 {lags[989]:F1} ms, max {lags[^1]:F1} ms");
    }

    [SkippableFact]
    public async Task B_answers_from_Redis_what_A_evaluated_without_running_the_engine()
    {
        RedisServer.Require();
        using var a = replicas.A.SignedClient("cache-shared");
        foreach (var title in new[] { "One", "Two", "Three" })
            await a.LogAsync(new { goalId = await a.CreateIdAsync(new { title, pattern = "HABIT", target = 1, startDate = Day(-5) }), date = Today });
        using var b = replicas.B.SignedClient("cache-shared");
        await b.DataAsync("{ me { id } }");
        using var runsOnB = new Progress.EvaluationCounter(replicas.B.Services);

        var onA = await CachedAnswers.PageAsync(a);
        using var redis = await ConnectionMultiplexer.ConnectAsync($"{replicas.Redis.ConnectionString},allowAdmin=true");
        var server = redis.GetServer(redis.GetEndPoints()[0]);
        await Eventually.TrueAsync(() => server.Keys(pattern: "*eval:*").Count() >= 3, "A's evaluations never reached Redis");
        var onB = await CachedAnswers.PageAsync(b);

        Assert.Equal(onA, onB);
        Assert.Equal(0, runsOnB.Take());
    }

    private static string Day(int offset) =>
        DateTime.UtcNow.AddDays(offset).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
