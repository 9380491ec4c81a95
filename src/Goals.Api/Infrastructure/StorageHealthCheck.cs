using Goals.Storage.Abstractions;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Goals.Api.Infrastructure;

/// <summary>Ready when the store answers a read.</summary>
public sealed class StorageHealthCheck(IUserStore users) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await users.ListAsync(afterId: null, limit: 1, cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The store does not answer.", error);
        }
    }
}
