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

    public StorageUnavailableException()
    {
    }
}
