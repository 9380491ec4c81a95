using Microsoft.Data.Sqlite;

namespace Goals.Storage.Sqlite;

/// <summary>
/// The one SQLite file. Writes run in BEGIN IMMEDIATE transactions, so writers serialize instead of failing on a
/// lock upgrade; inside this process they queue for one writer, which keeps them off SQLite's sleeping busy handler
/// and commits each group of queued writes at once (<see cref="SqliteWriteQueue"/>). Reads run in deferred
/// transactions and see one consistent WAL snapshot. Both run on connections kept open with their compiled statements
/// (<see cref="SqliteConnectionPool"/>).
/// </summary>
public sealed class SqliteDatabase : IDisposable
{
    private readonly SqliteConnectionPool _connections;
    private readonly SqliteWriteQueue _writes;

    public SqliteDatabase(string connectionString)
    {
        var builder = SqliteSettings.Parse(connectionString);
        FilePath = Path.GetFullPath(builder.DataSource);
        builder.DataSource = FilePath;
        ConnectionString = builder.ToString();
        _connections = new SqliteConnectionPool(ConnectionString);
        _writes = new SqliteWriteQueue(_connections);
    }

    public string FilePath { get; }

    internal string ConnectionString { get; }

    public void Dispose()
    {
        _writes.Dispose();
        _connections.Dispose();
        using (var connection = new SqliteConnection(ConnectionString))
        {
            // Pooled handles would otherwise keep the file (and its WAL) open after the store is gone.
            SqliteConnection.ClearPool(connection);
        }
    }

    /// <summary>The work in the write transaction of its group; the task ends once that group has committed.</summary>
    internal Task<T> WriteAsync<T>(
        Func<SqliteConnection, Task<T>> work, CancellationToken cancellationToken) =>
        _writes.EnqueueAsync(work, cancellationToken);

    /// <summary>The work in one read transaction on a kept connection, which goes back to the pool however it ends.</summary>
    internal async Task<T> ReadAsync<T>(
        Func<SqliteConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        var connection = await _connections.RentAsync(cancellationToken);
        try
        {
            SqliteTransactionStatements.Begin(connection, immediate: false);
            var result = await work(connection);
            cancellationToken.ThrowIfCancellationRequested();
            SqliteTransactionStatements.Commit(connection);
            return result;
        }
        finally
        {
            // Only after a failure is the transaction still open; the pool closes a connection left inside one.
            SqliteTransactionStatements.RollbackIfOpen(connection);
            _connections.Return(connection);
        }
    }

    /// <summary>A connection of its own (schema changes, long reads); the caller disposes it.</summary>
    internal Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => _connections.OpenAsync(cancellationToken);
}
