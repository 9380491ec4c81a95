namespace Goals.Server.WebSockets;

/// <summary>
/// The operations running on one socket, by client-chosen id, and the bytes of the messages that started them. A
/// plain dictionary under a lock rather than a concurrent one: a socket runs a handful of operations, and an idle
/// socket's empty concurrent dictionary alone would cost it half a kilobyte.
/// </summary>
internal sealed class OperationRegistry(CancellationToken connectionClosed)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, ActiveOperation> _operations = new(StringComparer.Ordinal);
    private long _bytesInFlight;

    /// <summary>How many operations are running.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _operations.Count;
            }
        }
    }

    /// <summary>The total size of the messages that started the running operations.</summary>
    public long BytesInFlight => Interlocked.Read(ref _bytesInFlight);

    /// <summary>Reserves <paramref name="id"/>; <c>null</c> when an operation with that id is still running.</summary>
    public ActiveOperation? TryStart(string id, long bytes)
    {
        var operation = new ActiveOperation(id, bytes, Remove, connectionClosed);
        bool added;
        lock (_gate)
        {
            added = _operations.TryAdd(id, operation);
        }

        if (added)
        {
            Interlocked.Add(ref _bytesInFlight, bytes);
            return operation;
        }

        operation.Stop();
        return null;
    }

    /// <summary>Stops the operation with this id; unknown ids are ignored, as the protocol asks.</summary>
    public void Stop(string id)
    {
        ActiveOperation? operation;
        lock (_gate)
        {
            _operations.TryGetValue(id, out operation);
        }

        operation?.Stop();
    }

    public void StopAll()
    {
        ActiveOperation[] running;
        lock (_gate)
        {
            running = [.. _operations.Values];
        }

        foreach (var operation in running)
        {
            operation.Stop();
        }
    }

    // Stopping runs outside the lock: an operation's end calls back here to remove itself.
    private void Remove(ActiveOperation operation)
    {
        bool removed;
        lock (_gate)
        {
            removed = _operations.TryGetValue(operation.Id, out var current) && current == operation && _operations.Remove(operation.Id);
        }

        if (removed)
        {
            Interlocked.Add(ref _bytesInFlight, -operation.Bytes);
        }
    }
}
