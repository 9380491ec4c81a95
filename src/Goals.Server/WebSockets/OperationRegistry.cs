using System.Collections.Concurrent;

namespace Goals.Server.WebSockets;

/// <summary>The operations running on one socket, by client-chosen id, and the bytes of the messages that started them.</summary>
internal sealed class OperationRegistry(CancellationToken connectionClosed)
{
    private readonly ConcurrentDictionary<string, ActiveOperation> _operations = new(StringComparer.Ordinal);
    private long _bytesInFlight;

    /// <summary>How many operations are running.</summary>
    public int Count => _operations.Count;

    /// <summary>The total size of the messages that started the running operations.</summary>
    public long BytesInFlight => Interlocked.Read(ref _bytesInFlight);

    /// <summary>Reserves <paramref name="id"/>; <c>null</c> when an operation with that id is still running.</summary>
    public ActiveOperation? TryStart(string id, long bytes)
    {
        var operation = new ActiveOperation(id, bytes, Remove, connectionClosed);
        if (_operations.TryAdd(id, operation))
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
        if (_operations.TryGetValue(id, out var operation))
        {
            operation.Stop();
        }
    }

    public void StopAll()
    {
        foreach (var operation in _operations.Values)
        {
            operation.Stop();
        }
    }

    private void Remove(ActiveOperation operation)
    {
        if (_operations.TryRemove(new KeyValuePair<string, ActiveOperation>(operation.Id, operation)))
        {
            Interlocked.Add(ref _bytesInFlight, -operation.Bytes);
        }
    }
}
