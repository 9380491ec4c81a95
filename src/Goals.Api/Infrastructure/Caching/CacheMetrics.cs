using System.Diagnostics.Metrics;
using ZiggyCreatures.Caching.Fusion;

namespace Goals.Api.Infrastructure.Caching;

/// <summary>
/// The cache's hits (by level), misses and stale answers on the metrics endpoint, and whether its Redis level is in
/// use (for <c>/health/ready</c>).
/// </summary>
/// <remarks>The handlers only add to counters, so the cache runs them inline (<c>EnableSyncEventHandlersExecution</c>): no task per event.</remarks>
public sealed class CacheMetrics
{
    public const string MeterName = "Goals.Cache";

    private int _redisBroken;

    public CacheMetrics(IFusionCache cache, IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        var hits = meter.CreateCounter<long>("goals_cache_hits", description: "Goal-state cache answers found, by level (memory, redis).");
        var misses = meter.CreateCounter<long>("goals_cache_misses", description: "Goal-state cache lookups that found nothing and computed from the store.");
        var stale = meter.CreateCounter<long>("goals_cache_stale_hits", description: "Answers given from an expired entry because computing failed (fail-safe).");
        cache.Events.Memory.Hit += (_, _) => hits.Add(1, new KeyValuePair<string, object?>("level", "memory"));
        cache.Events.Distributed.Hit += (_, _) => hits.Add(1, new KeyValuePair<string, object?>("level", "redis"));
        cache.Events.Miss += (_, _) => misses.Add(1);
        cache.Events.Hit += (_, args) =>
        {
            if (args.IsStale)
                stale.Add(1);
        };
        cache.Events.Distributed.CircuitBreakerChange += (_, args) => Volatile.Write(ref _redisBroken, args.IsClosed ? 0 : 1);
    }

    /// <summary>True while the cache has stopped asking Redis after a failure.</summary>
    public bool RedisBroken => Volatile.Read(ref _redisBroken) == 1;
}
