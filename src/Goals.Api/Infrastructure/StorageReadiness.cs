namespace Goals.Api.Infrastructure;

/// <summary>
/// Whether the store finished its start-up (schema, indexes, connectivity) and, until it has, why not: the storage
/// readiness check reports that reason without touching the store again.
/// </summary>
public sealed class StorageReadiness
{
    private volatile string? _problem = "The store has not started yet.";

    /// <summary>Null once the store is ready.</summary>
    public string? Problem => _problem;

    public void MarkReady() => _problem = null;

    public void MarkUnavailable(string reason) => _problem = reason;
}
