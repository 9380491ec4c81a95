using System.Collections.Concurrent;

namespace Goals.Server.WebSockets;

/// <summary>The operations running on one socket, by client-chosen id.</summary>
internal sealed class OperationRegistry(CancellationToken connectionClosed)
{
    private readonly ConcurrentDictionary<string, ActiveOperation> _operations = new(StringComparer.Ordinal);

    /// <summary>How many operations are running.</summary>
    public int Count => _operations.Count;

    /// <summary>Reserves <paramref name="id"/>; <c>null</c> when an operation with that id is still running.</summary>
    public ActiveOperation? TryStart(string id)
    {
        var operation = new ActiveOperation(id, Remove, connectionClosed);
        if (_operations.TryAdd(id, operation))
        {
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

    private void Remove(ActiveOperation operation) =>
        _operations.TryRemove(new KeyValuePair<string, ActiveOperation>(operation.Id, operation));
}
