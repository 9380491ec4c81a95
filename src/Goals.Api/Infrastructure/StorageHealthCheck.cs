using Goals.Storage.Abstractions;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Goals.Api.Infrastructure;

/// <summary>
/// Ready when the store finished starting and answers a read within <see cref="Limit"/>; otherwise unhealthy with a
/// one-line reason (the start-up's, or the read's).
/// </summary>
public sealed class StorageHealthCheck(IUserStore users, StorageReadiness readiness) : IHealthCheck
{
    /// <summary>Well under the driver's 10 s server selection: a probe must answer, not wait for it.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (readiness.Problem is { } problem)
        {
            return HealthCheckResult.Unhealthy(problem);
        }

        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(Limit);
        try
        {
            await users.ListAsync(afterId: null, limit: 1, bounded.Token);
            return HealthCheckResult.Healthy();
        }
        catch (Exception error) when (error is OperationCanceledException or TimeoutException && !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"The store did not answer within {Limit.TotalSeconds:0} s.", error);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The store does not answer: " + error.Message.Split('\n', 2)[0].Trim(), error);
        }
    }
}
