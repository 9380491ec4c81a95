using Goals.Api.Goals;
using Goals.Api.GoalState;
using Goals.Api.Infrastructure;
using Goals.Api.Infrastructure.Caching;
using Goals.Api.Infrastructure.Redis;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using ZiggyCreatures.Caching.Fusion;
using ZiggyCreatures.Caching.Fusion.Backplane.StackExchangeRedis;

namespace Goals.Api.Composition;

public static class CacheExtensions
{
    /// <summary>
    /// The goal-state cache: memory on every replica; with Redis configured (after <c>AddGoalsEvents</c>, on the same
    /// connection) a shared second level and the backplane too. Without Redis, or while it is down, memory alone.
    /// </summary>
    public static WebApplicationBuilder AddGoalsCache(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<CacheOptions>()
            .BindConfiguration(CacheOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        var cache = builder.Services.AddFusionCache()
            .WithOptions((provider, options) => Configure(options, provider.GetRequiredService<IOptions<CacheOptions>>().Value))
            .WithMemoryCache(provider => new MemoryCache(new MemoryCacheOptions
            {
                SizeLimit = provider.GetRequiredService<IOptions<CacheOptions>>().Value.MaxMemoryEntries,
            }))
            .WithMemoryLocker(new HeldKeyLocker());
        if (!string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString("Redis")))
        {
            cache.WithSerializer(CacheSerialization.Serializer)
                .WithDistributedCache(provider => new RedisDistributedCache(provider.GetRequiredService<RedisLink>()))
                .WithBackplane(provider => new RedisBackplane(
                    Options.Create(new RedisBackplaneOptions
                    {
                        ConnectionMultiplexerFactory = () => Task.FromResult(provider.GetRequiredService<RedisLink>().Multiplexer),
                    }),
                    provider.GetRequiredService<ILogger<RedisBackplane>>()));
            builder.Services.AddHealthChecks().AddCheck<CacheHealthCheck>("cache", tags: [HealthExtensions.ReadyTag]);
        }

        builder.Services.AddSingleton<GoalStateCache>();
        builder.Services.AddSingleton<GoalListCache>();
        builder.Services.AddSingleton<CacheMetrics>();
        return builder;
    }

    private static void Configure(FusionCacheOptions options, CacheOptions settings)
    {
        options.DisableTagging = true;
        // The only handlers are CacheMetrics' counter increments: run them inline rather than as a task per event.
        options.EnableSyncEventHandlersExecution = true;
        options.DistributedCacheCircuitBreakerDuration = TimeSpan.FromSeconds(settings.RedisBreakSeconds);
        options.BackplaneCircuitBreakerDuration = TimeSpan.FromSeconds(settings.RedisBreakSeconds);
        // A Redis outage is reported once by RedisLink and on /health/ready; each failed call is not worth a warning.
        options.DistributedCacheErrorsLogLevel = LogLevel.Debug;
        options.BackplaneErrorsLogLevel = LogLevel.Debug;
        options.DistributedCacheSyntheticTimeoutsLogLevel = LogLevel.Debug;
        options.DefaultEntryOptions = CacheEntries.Versioned(settings, settings.ProgressDuration);
    }
}
