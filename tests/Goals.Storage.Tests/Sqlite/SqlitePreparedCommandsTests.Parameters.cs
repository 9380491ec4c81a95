using Goals.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Goals.Storage.Tests.Sqlite;

/// <summary>A kept command keeps its parameter objects between runs, never a caller's values.</summary>
public sealed partial class SqlitePreparedCommandsTests
{
    [Fact]
    public async Task A_kept_command_reuses_its_parameters_with_each_callers_values_and_holds_none_in_between()
    {
        var connection = await _pool.RentAsync(CancellationToken.None);
        const string Insert = "INSERT INTO t (v) VALUES (@v);";
        await connection.ExecuteAsync(Insert, CancellationToken.None, ("@v", "first"));
        SqliteParameter kept;
        using (var lease = connection.Command(Insert, ("@v", "second")))
        {
            kept = Assert.Single(lease.Command.Parameters.Cast<SqliteParameter>());
            Assert.Equal("second", kept.Value);
            await lease.Command.ExecuteNonQueryAsync();
        }

        // Back in the cache: the parameter object stays, the caller's value does not.
        Assert.Null(kept.Value);
        using (var lease = connection.Command(Insert))
        {
            // A caller naming fewer parameters gets only those: nothing left over binds a stale value.
            Assert.Empty(lease.Command.Parameters);
            await Assert.ThrowsAsync<InvalidOperationException>(() => lease.Command.ExecuteNonQueryAsync());
        }

        using (var lease = connection.Command("SELECT count(*) FROM t WHERE v IN (@a, @b);", ("@a", "first"), ("@b", "second")))
        {
            Assert.Equal(2L, await lease.Command.ExecuteScalarAsync());
        }

        using (var lease = connection.Command("SELECT count(*) FROM t WHERE v IN (@a, @b);", ("@a", "second"), ("@b", "none")))
        {
            Assert.Equal(["@a", "@b"], lease.Command.Parameters.Cast<SqliteParameter>().Select(p => p.ParameterName));
            Assert.Equal(1L, await lease.Command.ExecuteScalarAsync());
        }

        _pool.Return(connection);
    }
}
