namespace Goals.Storage;

/// <summary>
/// The configured store cannot be used (bad configuration, unreachable server, unwritable file). The message is one
/// line meant for the operator; the host logs it and exits.
/// </summary>
public sealed class StorageUnavailableException : Exception
{
    public StorageUnavailableException(string message)
        : base(message)
    {
    }

    public StorageUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <param name="transient">True when the store may become usable without any change here (see <see cref="IsTransient"/>).</param>
    public StorageUnavailableException(string message, Exception innerException, bool transient)
        : base(message, innerException) => IsTransient = transient;

    /// <summary>
    /// The server did not answer (refused, unreachable, too slow) rather than refuse the configuration: the same start-up
    /// may succeed later, so a host can wait for it instead of exiting.
    /// </summary>
    public bool IsTransient { get; }

    public StorageUnavailableException()
    {
    }
}
