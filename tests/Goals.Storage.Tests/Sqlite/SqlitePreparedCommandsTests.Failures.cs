using Goals.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Goals.Storage.Tests.Sqlite;

/// <summary>Statements run synchronously underneath; a failure or a cancellation still arrives in the task.</summary>
public sealed partial class SqlitePreparedCommandsTests
{
    [Fact]
    public async Task A_failing_or_cancelled_statement_fails_its_task_not_the_call()
    {
        var connection = await _pool.RentAsync(CancellationToken.None);

        var failing = connection.QueryAsync("SELECT nope FROM t;", reader => reader.GetString(0), CancellationToken.None);
        await Assert.ThrowsAsync<SqliteException>(() => failing);
        var duplicate = connection.ExecuteAsync("INSERT INTO t (v) VALUES ('d'), ('d');", CancellationToken.None);
        await Assert.ThrowsAsync<SqliteException>(() => duplicate);
        var cancelled = connection.ExecuteAsync("INSERT INTO t (v) VALUES ('c');", new CancellationToken(canceled: true));
        Assert.True(cancelled.IsCanceled);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);

        Assert.Equal(0L, await connection.ScalarAsync("SELECT count(*) FROM t WHERE v IN ('c', 'd');", CancellationToken.None));
        Assert.Equal(["x"], await connection.QueryAsync("SELECT 'x';", reader => reader.GetString(0), CancellationToken.None));
        _pool.Return(connection);
    }
}
