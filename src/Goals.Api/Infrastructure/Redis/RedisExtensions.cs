using System.Diagnostics.Metrics;
using Goals.Api.Infrastructure.Events;

namespace Goals.Api.Infrastructure.Redis;

public static class RedisExtensions
{
    /// <summary>The Redis bus (fan-out across replicas) and its readiness check, which reports degraded when down.</summary>
    public static IServiceCollection AddRedisEventBus(this IServiceCollection services, string connectionString)
    {
        services.AddSingleton(provider => new RedisLink(
            connectionString, provider.GetRequiredService<ILogger<RedisLink>>(), provider.GetRequiredService<IMeterFactory>()));
        services.AddSingleton<IEventBus, RedisEventBus>();
        services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", tags: [HealthExtensions.ReadyTag]);
        return services;
    }
}
