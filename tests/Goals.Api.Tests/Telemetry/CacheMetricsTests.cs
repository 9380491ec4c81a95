using Goals.Api.Tests.Support;

namespace Goals.Api.Tests.Telemetry;

/// <summary>The goal-state cache's hits and misses on the metrics endpoint, counted where the cache is asked.</summary>
[Collection(SerialScrapes.Name)]
public sealed class CacheMetricsTests
{
    private const string Page = "{ goals(first: 10) { nodes { id progress { current } streak { current } } } }";

    [Fact]
    public async Task A_page_asked_twice_is_computed_once_then_answered_from_the_cache()
    {
        using var factory = new GoalsApiFactory();
        using var client = factory.ClientFor("counted");
        using var metrics = factory.CreateClient();
        foreach (var title in new[] { "Read", "Run" })
        {
            await client.DataAsync("mutation($input: CreateGoalInput!) { createGoal(input: $input) { goal { id } } }",
                new { input = new { title, pattern = "HABIT", target = 1 } });
        }

        var before = await CountsAsync(metrics);
        await client.DataAsync(Page);
        var afterFirst = await CountsAsync(metrics);
        await client.DataAsync(Page);
        var afterSecond = await CountsAsync(metrics);

        // The first page computes its list (a write moved the user's goals version) and finds or computes each goal's
        // evaluation; the second finds all three: the list and two evaluations, each counted once.
        Assert.True(afterFirst.Misses - before.Misses >= 1, $"misses {before.Misses} → {afterFirst.Misses}");
        Assert.Equal(3, afterFirst.Hits + afterFirst.Misses - before.Hits - before.Misses);
        Assert.Equal((3, 0), (afterSecond.Hits - afterFirst.Hits, afterSecond.Misses - afterFirst.Misses));
    }

    private static async Task<(double Hits, double Misses)> CountsAsync(HttpClient http)
    {
        var scrape = await MetricsScrape.ReadAsync(http);
        return (scrape.Samples("goals_cache_hits_total").Sum(), scrape.Samples("goals_cache_misses_total").Sum());
    }
}
