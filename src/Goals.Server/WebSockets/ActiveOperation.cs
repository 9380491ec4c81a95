namespace Goals.Server.WebSockets;

/// <summary>
/// One running operation on a socket. Its gate makes "still running?" and "send" one step, so nothing is sent for an
/// operation after it has completed or the client has stopped it.
/// </summary>
internal sealed class ActiveOperation
{
    private readonly Lock _gate = new();
    private readonly Action<ActiveOperation> _onFinished;
    private readonly CancellationToken _connectionClosed;
    // Made when first asked for: an operation that joins a shared execution never is, and so holds no linked source
    // and no registration on the socket's token for as long as it is subscribed.
    private CancellationTokenSource? _cancellation;
    private TaskCompletionSource? _finished;
    private IDisposable? _subscription;
    private bool _done;

    public ActiveOperation(string id, long bytes, Action<ActiveOperation> onFinished, CancellationToken connectionClosed)
    {
        Id = id;
        Bytes = bytes;
        _onFinished = onFinished;
        _connectionClosed = connectionClosed;
    }

    public string Id { get; }

    /// <summary>The size of the message that started it, counted against the connection's bytes in flight.</summary>
    public long Bytes { get; }

    /// <summary>Cancelled when the operation is stopped or the socket closes.</summary>
    public CancellationToken Cancellation
    {
        get
        {
            lock (_gate)
            {
                return _done
                    ? new CancellationToken(canceled: true)
                    : (_cancellation ??= CancellationTokenSource.CreateLinkedTokenSource(_connectionClosed)).Token;
            }
        }
    }

    /// <summary>Completes when the operation has ended for any reason.</summary>
    public Task Finished
    {
        get
        {
            lock (_gate)
            {
                return _done ? Task.CompletedTask : (_finished ??= new(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
            }
        }
    }

    /// <summary>Keeps the stream subscription so stopping the operation disposes it.</summary>
    public void Attach(IDisposable subscription)
    {
        lock (_gate)
        {
            if (!_done)
            {
                _subscription = subscription;
                return;
            }
        }

        subscription.Dispose();
    }

    /// <summary>Runs <paramref name="send"/> only while the operation is running.</summary>
    public bool TryEmit(Action send) => TryEmit(send, static send => send());

    /// <summary>Runs <paramref name="send"/> with <paramref name="state"/> only while the operation is running.</summary>
    public bool TryEmit<TState>(TState state, Action<TState> send)
    {
        lock (_gate)
        {
            if (!_done)
            {
                send(state);
            }

            return !_done;
        }
    }

    /// <summary>Ends the operation, sending its last messages first; false when it had already ended.</summary>
    public bool TryFinish(Action? lastMessages = null)
    {
        IDisposable? subscription;
        CancellationTokenSource? cancellation;
        TaskCompletionSource? finished;
        lock (_gate)
        {
            if (_done)
            {
                return false;
            }

            lastMessages?.Invoke();
            _done = true;
            subscription = _subscription;
            _subscription = null;
            cancellation = _cancellation;
            finished = _finished;
        }

        _onFinished(this);
        subscription?.Dispose();
        cancellation?.Cancel();
        cancellation?.Dispose();
        finished?.TrySetResult();
        return true;
    }

    /// <summary>Stops the operation without a message (client complete, shutdown, socket closed).</summary>
    public void Stop() => TryFinish();
}
