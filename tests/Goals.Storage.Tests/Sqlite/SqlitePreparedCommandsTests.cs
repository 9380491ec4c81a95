using Goals.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Goals.Storage.Tests.Sqlite;

/// <summary>
/// Kept connections and their compiled statements: a statement is compiled once per connection, a failed one or a
/// nested one does not disturb the next caller, and a connection left inside a transaction is never handed out again.
/// </summary>
public sealed partial class SqlitePreparedCommandsTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"goals-prepared-{Guid.NewGuid():N}.db");
    private readonly SqliteConnectionPool _pool;

    public SqlitePreparedCommandsTests()
    {
        _pool = new SqliteConnectionPool($"Data Source={_path}");
        using var connection = new SqliteConnection($"Data Source={_path};Pooling=False");
        connection.Open();
        using var create = connection.CreateCommand();
        create.CommandText = "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL UNIQUE);";
        create.ExecuteNonQuery();
    }

    [Fact]
    public async Task The_same_text_runs_on_the_same_compiled_command()
    {
        var connection = await _pool.RentAsync(CancellationToken.None);
        SqliteCommand first, second;
        using (var lease = connection.Command("SELECT count(*) FROM t WHERE v = @v;", ("@v", "a")))
        {
            first = lease.Command;
            Assert.Equal(0L, await first.ExecuteScalarAsync());
        }

        await connection.ExecuteAsync("INSERT INTO t (v) VALUES (@v);", CancellationToken.None, ("@v", "a"));
        using (var lease = connection.Command("SELECT count(*) FROM t WHERE v = @v;", ("@v", "a")))
        {
            second = lease.Command;
            // The values are the new ones; the statement is the kept one.
            Assert.Equal(1L, await second.ExecuteScalarAsync());
            Assert.Single(second.Parameters);
        }

        Assert.Same(first, second);
        _pool.Return(connection);
    }

    [Fact]
    public async Task A_statement_used_again_while_its_reader_is_open_gets_its_own_command()
    {
        var connection = await _pool.RentAsync(CancellationToken.None);
        await connection.ExecuteAsync("INSERT INTO t (v) VALUES ('x'), ('y');", CancellationToken.None);
        const string sql = "SELECT v FROM t ORDER BY v;";

        var nested = await connection.QueryAsync(
            sql, reader => connection.QueryAsync(sql, inner => inner.GetString(0), CancellationToken.None).Result,
            CancellationToken.None);

        Assert.Equal([["x", "y"], ["x", "y"]], nested);
        _pool.Return(connection);
    }

    [Fact]
    public async Task A_failed_statement_leaves_its_command_usable()
    {
        var connection = await _pool.RentAsync(CancellationToken.None);
        const string insert = "INSERT INTO t (v) VALUES (@v);";
        await connection.ExecuteAsync(insert, CancellationToken.None, ("@v", "dup"));

        await Assert.ThrowsAsync<SqliteException>(() => connection.ExecuteAsync(insert, CancellationToken.None, ("@v", "dup")));
        Assert.Equal(1, await connection.ExecuteAsync(insert, CancellationToken.None, ("@v", "other")));

        Assert.Equal(2L, await connection.ScalarAsync("SELECT count(*) FROM t;", CancellationToken.None));
        _pool.Return(connection);
    }

    [Fact]
    public async Task A_connection_comes_back_only_outside_a_transaction()
    {
        var clean = await _pool.RentAsync(CancellationToken.None);
        _pool.Return(clean);
        Assert.Same(clean, await _pool.RentAsync(CancellationToken.None));

        using (clean.BeginTransaction(deferred: false))
        {
            _pool.Return(clean);
        }

        var next = await _pool.RentAsync(CancellationToken.None);
        Assert.NotSame(clean, next);
        Assert.Equal(System.Data.ConnectionState.Closed, clean.State);
        _pool.Return(next);
    }

    [Fact]
    public async Task Disposing_the_pool_closes_its_idle_connections_and_any_returned_later()
    {
        var idle = await _pool.RentAsync(CancellationToken.None);
        var busy = await _pool.RentAsync(CancellationToken.None);
        _pool.Return(idle);

        _pool.Dispose();
        _pool.Return(busy);

        Assert.Equal(System.Data.ConnectionState.Closed, idle.State);
        Assert.Equal(System.Data.ConnectionState.Closed, busy.State);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => _pool.RentAsync(CancellationToken.None).AsTask());
    }

    public void Dispose()
    {
        _pool.Dispose();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, $"{_path}-wal", $"{_path}-shm" })
        {
            File.Delete(file);
        }
    }
}
