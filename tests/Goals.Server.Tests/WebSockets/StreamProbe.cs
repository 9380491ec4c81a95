namespace Goals.Server.Tests.WebSockets;

/// <summary>Registered in a test's server to observe that event streams are disposed.</summary>
public sealed class StreamProbe
{
    private readonly TaskCompletionSource _disposed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _disposals;

    public int Disposals => Volatile.Read(ref _disposals);

    /// <summary>Completes when the first stream has been disposed.</summary>
    public Task FirstDisposal => _disposed.Task;

    public void RecordDisposed()
    {
        Interlocked.Increment(ref _disposals);
        _disposed.TrySetResult();
    }
}
