using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Goals.Api.Infrastructure.Redis;

/// <summary>
/// Degraded, never unhealthy, while Redis is down: the replica still serves queries, mutations and same-replica
/// subscriptions, so taking it out of the load balancer would turn a partial outage into a full one.
/// </summary>
public sealed class RedisHealthCheck(RedisLink link) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(link.IsConnected
            ? HealthCheckResult.Healthy("Redis connected: live fan-out across replicas")
            : HealthCheckResult.Degraded("Redis unavailable: live fan-out limited to this replica"));
}
