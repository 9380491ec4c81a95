using System.Collections.Concurrent;
using Goals.Api.Tests.Goals;
using Goals.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using ZiggyCreatures.Caching.Fusion;
using ZiggyCreatures.Caching.Fusion.Events;

namespace Goals.Api.Tests.GoalState.Caching;

/// <summary>
/// Every entry lives under <c>goals:</c>, once: the keys' makers write the prefix themselves (FusionCache's own key
/// prefix joined it to the key again on every lookup), and the keys in memory and in Redis stay what they were.
/// </summary>
public sealed class CacheKeyTests(GoalsApiFactory factory) : IClassFixture<GoalsApiFactory>
{
    [Fact]
    public async Task Evaluations_and_list_pages_are_kept_under_the_goals_prefix_once()
    {
        var cache = factory.Services.GetRequiredService<IFusionCache>();
        var keys = new ConcurrentQueue<string>();
        void OnSet(object? sender, FusionCacheEntryEventArgs args) => keys.Enqueue(args.Key);
        cache.Events.Set += OnSet;
        try
        {
            using var client = factory.ClientFor("cache-keys");
            await client.CreateIdAsync(new { title = "Read", pattern = "HABIT", target = 1 });
            await client.DataAsync("{ goals(first: 5) { nodes { progress { current } streak { current } } } }");
        }
        finally
        {
            cache.Events.Set -= OnSet;
        }

        Assert.Contains(keys, key => key.StartsWith("goals:eval:", StringComparison.Ordinal));
        Assert.Contains(keys, key => key.StartsWith("goals:goals:", StringComparison.Ordinal));
        Assert.All(keys, key => Assert.False(
            key.StartsWith("goals:goals:eval:", StringComparison.Ordinal) || key.StartsWith("goals:goals:goals:", StringComparison.Ordinal),
            key));
    }
}
