using Goals.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Goals.Storage.Tests.Sqlite;

/// <summary>
/// The bound on a connection's kept commands: texts built at run time (an abusive client varying a filter, every
/// text new) can neither grow the cache past 256 nor push out the statements that are used again and again.
/// </summary>
public sealed partial class SqlitePreparedCommandsTests
{
    private const int ChurnTexts = 1_000;

    [Fact]
    public async Task Texts_built_at_run_time_cannot_grow_a_connections_commands_past_their_bound()
    {
        var connection = await _pool.RentAsync(CancellationToken.None);
        const string hot = "SELECT count(*) FROM t;";
        var kept = UsedTwice(connection, hot);

        await ChurnAsync(connection, "before");

        Assert.Equal(256, SqlitePreparedCommands.Of(connection)!.Kept);
        using (var lease = connection.Command(hot))
        {
            Assert.Same(kept, lease.Command); // a statement used again before the churn is still reused
        }

        _pool.Return(connection);
    }

    [Fact]
    public async Task A_statement_first_seen_after_the_churn_and_used_again_is_kept_through_more_churn()
    {
        var connection = await _pool.RentAsync(CancellationToken.None);
        await ChurnAsync(connection, "before");
        const string late = "SELECT count(*) FROM t WHERE v = @v;";

        var kept = UsedTwice(connection, late);
        for (var round = 0; round < 3; round++)
        {
            await ChurnAsync(connection, $"round{round}-");
            using var lease = connection.Command(late, ("@v", "x"));
            Assert.Same(kept, lease.Command); // reused, not compiled again
            Assert.Equal(0L, await lease.Command.ExecuteScalarAsync());
        }

        Assert.Equal(256, SqlitePreparedCommands.Of(connection)!.Kept);
        _pool.Return(connection);
    }

    /// <summary>Runs <paramref name="sql"/> twice and returns the command the second run got from the cache.</summary>
    private static SqliteCommand UsedTwice(SqliteConnection connection, string sql)
    {
        SqliteCommand first;
        using (var lease = connection.Command(sql))
        {
            first = lease.Command;
        }

        using (var lease = connection.Command(sql))
        {
            Assert.Same(first, lease.Command);
            return lease.Command;
        }
    }

    private static async Task ChurnAsync(SqliteConnection connection, string prefix)
    {
        for (var i = 0; i < ChurnTexts; i++)
        {
            Assert.Equal(0L, await connection.ScalarAsync($"SELECT count(*) FROM t WHERE v = '{prefix}{i}';", CancellationToken.None));
        }
    }
}
