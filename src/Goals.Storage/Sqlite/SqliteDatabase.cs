using Microsoft.Data.Sqlite;

namespace Goals.Storage.Sqlite;

/// <summary>
/// The one SQLite file. Writes run in BEGIN IMMEDIATE transactions, so writers serialize instead of failing on a
/// lock upgrade; inside this process they also queue on a semaphore, which keeps them off SQLite's sleeping busy
/// handler. Reads run in deferred transactions and see one consistent WAL snapshot.
/// </summary>
public sealed class SqliteDatabase : IDisposable
{
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    public SqliteDatabase(string connectionString)
    {
        var builder = SqliteSettings.Parse(connectionString);
        FilePath = Path.GetFullPath(builder.DataSource);
        builder.DataSource = FilePath;
        ConnectionString = builder.ToString();
    }

    public string FilePath { get; }

    internal string ConnectionString { get; }

    public void Dispose()
    {
        using (var connection = new SqliteConnection(ConnectionString))
        {
            // Pooled handles would otherwise keep the file (and its WAL) open after the store is gone.
            SqliteConnection.ClearPool(connection);
        }

        _writeLock.Dispose();
    }

    internal async Task<T> ReadAsync<T>(
        Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: true);
        var result = await work(connection, transaction);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    internal async Task<T> WriteAsync<T>(
        Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            // deferred: false issues BEGIN IMMEDIATE: the write lock is taken before the first read.
            await using var transaction = connection.BeginTransaction(deferred: false);
            var result = await work(connection, transaction);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    internal async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // FULL makes every commit durable on power loss too, not only on a process crash.
            await connection.ExecuteAsync(
                null, "PRAGMA busy_timeout = 10000; PRAGMA synchronous = FULL;", cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
