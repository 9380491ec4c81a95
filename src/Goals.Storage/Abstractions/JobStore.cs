using NodaTime;

namespace Goals.Storage.Abstractions;

/// <summary>
/// Leases keep replicas from doing the same scheduled work twice; checkpoints let a job resume where it stopped.
/// </summary>
public interface IJobStore
{
    /// <summary>
    /// Takes the lease when it is free, expired, or already held by <paramref name="owner"/> (then it is extended).
    /// </summary>
    Task<bool> TryAcquireLeaseAsync(string name, string owner, Duration ttl, CancellationToken cancellationToken);

    /// <summary>Extends a lease the owner still holds; false when it was lost (expired and taken over).</summary>
    Task<bool> RenewLeaseAsync(string name, string owner, Duration ttl, CancellationToken cancellationToken);

    Task<bool> ReleaseLeaseAsync(string name, string owner, CancellationToken cancellationToken);

    Task<string?> GetCheckpointAsync(string job, string scope, CancellationToken cancellationToken);

    Task SetCheckpointAsync(string job, string scope, string value, CancellationToken cancellationToken);
}
