using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Goals.Storage.Sqlite;

/// <summary>
/// Open connections kept between requests, each with its compiled statements (<see cref="SqlitePreparedCommands"/>).
/// ADO.NET's pool keeps the file handle but not the statements, and each open also ran the connection's pragmas
/// again: a request that reads one row paid for three compilations before its own.
/// </summary>
/// <remarks>
/// A connection comes back only when it is open and outside any transaction; anything else is closed, so a caller
/// that failed half-way never hands its state to the next one. At most <see cref="_maxIdle"/> stay idle; a burst
/// beyond that opens more and closes them afterwards.
/// </remarks>
internal sealed class SqliteConnectionPool(string connectionString) : IDisposable
{
    private readonly ConcurrentStack<SqliteConnection> _idle = new();
    private readonly int _maxIdle = Math.Max(8, 4 * Environment.ProcessorCount);
    private volatile bool _disposed;

    public async ValueTask<SqliteConnection> RentAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_idle.TryPop(out var connection))
        {
            return connection;
        }

        connection = await OpenAsync(cancellationToken);
        SqlitePreparedCommands.Attach(connection);
        return connection;
    }

    public void Return(SqliteConnection connection)
    {
        if (!_disposed && _idle.Count < _maxIdle && IsClean(connection))
        {
            _idle.Push(connection);
            if (!_disposed)
            {
                return;
            }

            // Disposed meanwhile: take back what may have been pushed after the drain.
            Drain();
            return;
        }

        Close(connection);
    }

    /// <summary>A new connection with the settings every connection runs with, not kept by the pool (nor its statements).</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // FULL makes every commit durable on power loss too, not only on a process crash.
            await connection.ExecuteAsync("PRAGMA busy_timeout = 10000; PRAGMA synchronous = FULL;", cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public void Dispose()
    {
        _disposed = true;
        Drain();
    }

    private void Drain()
    {
        while (_idle.TryPop(out var connection))
        {
            Close(connection);
        }
    }

    // Open and in autocommit mode: no transaction was left behind.
    private static bool IsClean(SqliteConnection connection) =>
        connection.State == System.Data.ConnectionState.Open
        && connection.Handle is { } handle && raw.sqlite3_get_autocommit(handle) != 0;

    private static void Close(SqliteConnection connection)
    {
        SqlitePreparedCommands.Of(connection)?.Dispose();
        connection.Dispose();
    }
}
