using Goals.Storage.Sqlite;

namespace Goals.Storage.Tests.Sqlite;

/// <summary>Transactions are plain BEGIN / COMMIT / ROLLBACK statements: a failure must still undo its own work.</summary>
public sealed partial class SqliteGroupCommitTests
{
    [Fact]
    public async Task A_failing_read_or_lone_write_is_undone_and_reports_its_own_error()
    {
        var readFailure = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            _database.ReadAsync<int>(_ => throw new InvalidOperationException("read"), CancellationToken.None));
        Assert.Equal("read", readFailure.Message);
        var writeFailure = await Assert.ThrowsAsync<InvalidOperationException>(() => _database.WriteAsync<int>(
            async connection =>
            {
                await Insert(connection, "undone");
                throw new InvalidOperationException("write");
            },
            CancellationToken.None));
        Assert.Equal("write", writeFailure.Message);

        await _database.WriteAsync(connection => Insert(connection, "kept"), CancellationToken.None);
        Assert.Equal(["kept"], await RowsOnDiskAsync());
        Assert.Equal(1L, await _database.ReadAsync(
            connection => connection.ScalarAsync("SELECT count(*) FROM t;", CancellationToken.None), CancellationToken.None));
    }
}
