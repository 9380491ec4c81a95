using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace Goals.Storage.Sqlite;

/// <summary>
/// The process's writes, run by one writer in groups (group commit, ADR 0169): every write queued while the previous
/// group committed runs in the next BEGIN IMMEDIATE transaction, each in a savepoint of its own, and the group ends in
/// one COMMIT. A durable commit waits for the disk (about a millisecond here), and a lone writer paid that wait once
/// per write while holding the write lock; a group pays it once for all its writes.
/// </summary>
/// <remarks>
/// A write whose work fails is rolled back to its savepoint and fails alone; the others still commit. A failed
/// commit (or a failure that undid the whole transaction) fails every write of the group, none of which is then
/// stored. A caller hears of its write only after the commit, so nothing it does afterwards (answers, cache,
/// events) can get ahead of the disk.
/// </remarks>
internal sealed class SqliteWriteQueue : IDisposable
{
    /// <summary>A bound on one transaction's size, so a flood of writes still commits (and answers) in steps.</summary>
    private const int MaxGroup = 64;

    private readonly Channel<QueuedWrite> _queue =
        Channel.CreateUnbounded<QueuedWrite>(new UnboundedChannelOptions { SingleReader = true });

    private readonly SqliteConnectionPool _connections;
    private readonly Task _writer;

    public SqliteWriteQueue(SqliteConnectionPool connections)
    {
        _connections = connections;
        _writer = Task.Run(WriteGroupsAsync);
    }

    public Task<T> EnqueueAsync<T>(
        Func<SqliteConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        var write = new QueuedWrite<T>(work, cancellationToken);
        ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite(write), this);

        return write.Task;
    }

    /// <summary>Runs what is queued before returning: no write accepted earlier is dropped.</summary>
    public void Dispose()
    {
        _queue.Writer.TryComplete();
        _writer.GetAwaiter().GetResult();
    }

    private async Task WriteGroupsAsync()
    {
        var group = new List<QueuedWrite>(MaxGroup);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (group.Count < MaxGroup && _queue.Reader.TryRead(out var write))
            {
                if (write.TryStart())
                {
                    group.Add(write);
                }
            }

            if (group.Count > 0)
            {
                await CommitGroupAsync(group);
                group.Clear();
            }
        }
    }

    private async Task CommitGroupAsync(List<QueuedWrite> group)
    {
        SqliteConnection connection;
        try
        {
            connection = await _connections.RentAsync(CancellationToken.None);
        }
        catch (Exception e)
        {
            group.ForEach(write => write.Fail(e));
            return;
        }

        try
        {
            // BEGIN IMMEDIATE: the write lock is taken before the first read.
            SqliteTransactionStatements.Begin(connection, immediate: true);
            // A lone write needs no savepoint: if it fails, the whole transaction is its own to roll back.
            var alone = group.Count == 1;
            foreach (var write in group)
            {
                await write.RunAsync(connection, inSavepoint: !alone);
            }

            if (alone && group[0].Failed)
            {
                return;
            }

            SqliteTransactionStatements.Commit(connection);
        }
        catch (Exception e)
        {
            group.ForEach(write => write.Fail(e));
            return;
        }
        finally
        {
            // Open here only when the group did not commit: its writes are undone before anyone hears of them.
            SqliteTransactionStatements.RollbackIfOpen(connection);
            _connections.Return(connection);
            group.ForEach(write => write.Finish());
        }
    }
}
