using ZiggyCreatures.Caching.Fusion;

namespace Goals.Api.Infrastructure.Caching;

/// <summary>How the goal-state cache keeps its entries.</summary>
public static class CacheEntries
{
    /// <summary>
    /// The start of every key (Redis may hold other data). Written into the keys by the code that makes them rather
    /// than set as FusionCache's CacheKeyPrefix, which joins it to the key again on every lookup: a page of 20 goals
    /// looks up 20 keys.
    /// </summary>
    public const string KeyPrefix = "goals:";

    /// <summary>
    /// An entry whose key names the versions of everything it was computed from. Nothing ever needs to evict it from
    /// another replica (a write moves a version, and so the key), so sets skip the backplane; and an expired entry is
    /// still exactly right for its key, so fail-safe may answer with it while the store is failing.
    /// </summary>
    public static FusionCacheEntryOptions Versioned(CacheOptions options, TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(options);
        var redisTimeout = TimeSpan.FromMilliseconds(options.RedisTimeoutMilliseconds);
        return new FusionCacheEntryOptions
        {
            Duration = duration,
            Size = 1,
            IsFailSafeEnabled = true,
            FailSafeMaxDuration = duration * 2,
            FailSafeThrottleDuration = TimeSpan.FromSeconds(30),
            SkipBackplaneNotifications = true,
            DistributedCacheSoftTimeout = redisTimeout,
            DistributedCacheHardTimeout = redisTimeout,
            // Redis writes never hold the request; a failed one only costs a later miss on another replica.
            AllowBackgroundDistributedCacheOperations = true,
            ReThrowDistributedCacheExceptions = false,
            ReThrowSerializationExceptions = false,
        };
    }
}
