using System.Diagnostics.Metrics;
using ZiggyCreatures.Caching.Fusion;

namespace Goals.Api.Infrastructure.Caching;

/// <summary>
/// The cache's hits, misses, Redis hits and stale answers on the metrics endpoint, and whether its Redis level is in
/// use (for <c>/health/ready</c>).
/// </summary>
/// <remarks>
/// Hits and misses are counted where the cache is asked (<see cref="Hit"/>, <see cref="Count"/>): FusionCache's own
/// hit events cost four allocations per raise (the invocation list, a closure, an iterator, the arguments), two
/// raises per hit — about 9 KB on a goal page. Its rare events stay: a Redis hit follows a memory miss, a stale answer
/// a failed computation. Their handlers only add to counters, so the cache runs them inline
/// (<c>EnableSyncEventHandlersExecution</c>).
/// </remarks>
public sealed class CacheMetrics
{
    public const string MeterName = "Goals.Cache";

    private readonly Counter<long> _hits;
    private readonly Counter<long> _misses;
    private int _redisBroken;

    public CacheMetrics(IFusionCache cache, IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _hits = meter.CreateCounter<long>("goals_cache_hits", description: "Goal-state cache lookups answered from the cache, at either level.");
        _misses = meter.CreateCounter<long>("goals_cache_misses", description: "Goal-state cache lookups that found nothing and computed from the store.");
        var redisHits = meter.CreateCounter<long>("goals_cache_redis_hits", description: "Of the hits, those found in Redis after the memory level had nothing.");
        var stale = meter.CreateCounter<long>("goals_cache_stale_hits", description: "Answers given from an expired entry because computing failed (fail-safe).");
        // Every series from the start, at zero: a counter nothing has added to yet (no Redis hit so far, no stale
        // answer) would be missing from the scrape, and a rate or ratio over it empty rather than 0.
        foreach (var counter in new[] { _hits, _misses, redisHits, stale })
            counter.Add(0);
        cache.Events.Distributed.Hit += (_, _) => redisHits.Add(1);
        cache.Events.FailSafeActivate += (_, _) => stale.Add(1);
        cache.Events.Distributed.CircuitBreakerChange += (_, args) => Volatile.Write(ref _redisBroken, args.IsClosed ? 0 : 1);
    }

    /// <summary>True while the cache has stopped asking Redis after a failure.</summary>
    public bool RedisBroken => Volatile.Read(ref _redisBroken) == 1;

    /// <summary>A lookup answered from the cache.</summary>
    public void Hit() => _hits.Add(1);

    /// <summary>A get-or-compute: a miss when it computed from the store, else a hit (the entry was there, or came meanwhile).</summary>
    public void Count(bool computed) => (computed ? _misses : _hits).Add(1);
}
