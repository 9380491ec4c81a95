namespace Goals.Storage;

/// <summary>Prepares the configured store at start-up: schema or indexes, and a connectivity check.</summary>
public interface IStorageInitializer
{
    /// <exception cref="StorageUnavailableException">The store cannot be used; the message is one line.</exception>
    Task InitializeAsync(CancellationToken cancellationToken);
}
