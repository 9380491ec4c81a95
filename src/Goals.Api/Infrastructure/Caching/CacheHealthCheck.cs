using Goals.Api.Infrastructure.Redis;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Goals.Api.Infrastructure.Caching;

/// <summary>
/// Degraded, never unhealthy, while the cache works from memory alone: every answer is still right (entries are
/// keyed by data versions), replicas just stop sharing their evaluations.
/// </summary>
public sealed class CacheHealthCheck(RedisLink link, CacheMetrics metrics) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(link.IsConnected && !metrics.RedisBroken
            ? HealthCheckResult.Healthy("Goal-state cache: memory and Redis")
            : HealthCheckResult.Degraded("Goal-state cache: memory only (Redis unavailable)"));
}
