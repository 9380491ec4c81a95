using Goals.Api.Tests.Activities;
using Goals.Api.Tests.Goals;
using Goals.Api.Tests.Support;

namespace Goals.Api.Tests.GoalState.Caching;

/// <summary>Redis killed under the cache: no request fails, and no replica answers from before a write.</summary>
public sealed class CacheOutageTests(CacheReplicas replicas) : IClassFixture<CacheReplicas>
{
    [SkippableFact]
    public async Task With_Redis_killed_every_request_succeeds_and_answers_what_the_store_holds()
    {
        RedisServer.Require();
        using var a = replicas.A.SignedClient("cache-outage");
        using var b = replicas.B.SignedClient("cache-outage");
        using var truth = replicas.Uncached.SignedClient("cache-outage");
        var goal = await a.CreateIdAsync(new { title = "Pages", pattern = "CUMULATIVE", target = 1000, startDate = Day(-3) });
        await a.LogAsync(new { goalId = goal, date = Day(0), amount = 1 });
        Assert.Equal(await CachedAnswers.PageAsync(truth), await CachedAnswers.PageAsync(b));

        replicas.Redis.Stop();
        for (var i = 2; i <= 40; i++)
        {
            await a.LogAsync(new { goalId = goal, date = Day(0), amount = 1 });
            var expected = await CachedAnswers.PageAsync(truth);
            Assert.Equal(expected, await CachedAnswers.PageAsync(a));
            Assert.Equal(expected, await CachedAnswers.PageAsync(b));
            Assert.Equal(i, CachedAnswers.Current(await CachedAnswers.GoalAsync(a, goal)));
        }

        using var probe = replicas.A.CreateClient();
        var ready = await probe.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var report = await ready.Content.ReadAsStringAsync();
        Assert.True(ready.IsSuccessStatusCode, report);
        Assert.StartsWith("Degraded", report, StringComparison.Ordinal);
    }

    private static string Day(int offset) =>
        DateTime.UtcNow.AddDays(offset).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
