using Microsoft.Data.Sqlite;

namespace Goals.Storage.Sqlite;

/// <summary>One caller's write waiting in the <see cref="SqliteWriteQueue"/>, and then its outcome until the commit.</summary>
internal abstract class QueuedWrite
{
    private const int Queued = 0, Started = 1, Cancelled = 2;
    private int _state;

    public bool Failed => Error is not null;

    protected Exception? Error { get; private set; }

    /// <summary>Claims the write for the writer, unless its caller gave up while it waited.</summary>
    public bool TryStart() => Interlocked.CompareExchange(ref _state, Started, Queued) == Queued;

    /// <summary>Runs the work, in its own savepoint when it shares the transaction, and keeps its failure.</summary>
    public async Task RunAsync(SqliteConnection connection, bool inSavepoint)
    {
        if (inSavepoint)
        {
            SqliteTransactionStatements.BeginSavepoint(connection);
        }

        try
        {
            await RunWorkAsync(connection);
        }
        catch (Exception e)
        {
            Error = e;
            if (inSavepoint)
            {
                // Undoes this write only. If SQLite already undid the whole transaction this throws, and the group fails.
                SqliteTransactionStatements.RollbackToSavepoint(connection);
            }
        }

        if (inSavepoint)
        {
            SqliteTransactionStatements.ReleaseSavepoint(connection);
        }
    }

    /// <summary>The group did not commit: this write's own failure stands, otherwise the group's.</summary>
    public void Fail(Exception groupFailure) => Error ??= groupFailure;

    /// <summary>Tells the caller, after the commit (or the failure), with continuations off the writer's thread.</summary>
    public abstract void Finish();

    protected abstract Task RunWorkAsync(SqliteConnection connection);

    /// <summary>Called by the caller's cancellation: true when the writer had not started the write yet.</summary>
    protected bool TryCancel() => Interlocked.CompareExchange(ref _state, Cancelled, Queued) == Queued;
}

internal sealed class QueuedWrite<T> : QueuedWrite
{
    private readonly TaskCompletionSource<T> _outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Func<SqliteConnection, Task<T>> _work;
    private readonly CancellationToken _cancellationToken;
    private readonly CancellationTokenRegistration _cancellation;

    // The caller's async-local state (trace, logging scope), so the work runs as if the caller ran it.
    private readonly ExecutionContext? _context = ExecutionContext.Capture();
    private T _result = default!;

    public QueuedWrite(Func<SqliteConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        _work = work;
        _cancellationToken = cancellationToken;
        _cancellation = cancellationToken.UnsafeRegister(static state => ((QueuedWrite<T>)state!).CancelWhileQueued(), this);
    }

    public Task<T> Task => _outcome.Task;

    public override void Finish()
    {
        _cancellation.Dispose();
        if (Error is null)
        {
            _outcome.TrySetResult(_result);
        }
        else
        {
            _outcome.TrySetException(Error);
        }
    }

    protected override async Task RunWorkAsync(SqliteConnection connection)
    {
        Task<T> running = null!;
        if (_context is null)
        {
            running = _work(connection);
        }
        else
        {
            ExecutionContext.Run(_context, _ => running = _work(connection), null);
        }

        _result = await running;
    }

    private void CancelWhileQueued()
    {
        if (TryCancel())
        {
            _outcome.TrySetCanceled(_cancellationToken);
        }
    }
}
