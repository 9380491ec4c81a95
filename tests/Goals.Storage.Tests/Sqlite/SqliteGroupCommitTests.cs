using Goals.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Goals.Storage.Tests.Sqlite;

/// <summary>
/// Writes queued behind a running one commit together (ADR 0169): they share one transaction, a failing one is
/// undone alone, a caller who gives up while queued is never written, and every accepted write is on disk once its
/// task ends.
/// </summary>
public sealed partial class SqliteGroupCommitTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);
    private static readonly AsyncLocal<string> CallerState = new();

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"goals-group-{Guid.NewGuid():N}.db");
    private readonly SqliteDatabase _database;

    public SqliteGroupCommitTests()
    {
        using (var connection = new SqliteConnection($"Data Source={_path};Pooling=False"))
        {
            connection.Open();
            using var create = connection.CreateCommand();
            create.CommandText = "PRAGMA journal_mode = WAL; CREATE TABLE t (v TEXT NOT NULL UNIQUE);";
            create.ExecuteNonQuery();
        }

        _database = new SqliteDatabase($"Data Source={_path}");
    }

    [Fact]
    public async Task Writes_queued_behind_a_running_one_commit_in_one_transaction_and_a_failing_one_alone_is_undone()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var blocking = _database.WriteAsync(async connection =>
        {
            await Insert(connection, "first");
            started.SetResult();
            await gate.Task;
            return CommitsSoFar(connection);
        }, CancellationToken.None);
        await started.Task.WaitAsync(Bound);

        var queued = Enumerable.Range(0, 10).Select(i => _database.WriteAsync(async connection =>
        {
            await Insert(connection, $"w{i}");
            // The fifth one writes a row and then fails on a duplicate: both of its rows must go, no one else's.
            if (i == 5)
            {
                await Insert(connection, "w0");
            }

            return CommitsSoFar(connection);
        }, CancellationToken.None)).ToList();

        gate.SetResult();
        Assert.Equal(10, queued.Count);
        var first = await blocking.WaitAsync(Bound);
        var failure = await Assert.ThrowsAsync<SqliteException>(() => queued[5].WaitAsync(Bound));
        Assert.Contains("UNIQUE", failure.Message, StringComparison.Ordinal);
        var committed = await Task.WhenAll(queued.Where((_, i) => i != 5).Select(write => write.WaitAsync(Bound)));

        // The ten queued while the first ran shared the next transaction (no commit between them); the first had its own.
        Assert.All(committed, commits => Assert.Equal(committed[0], commits));
        Assert.NotEqual(first, committed[0]);
        Assert.Equal(
            ["first", "w0", "w1", "w2", "w3", "w4", "w6", "w7", "w8", "w9"], await RowsOnDiskAsync());
    }

    [Fact]
    public async Task Two_stores_on_one_file_commit_their_groups_in_turn_and_lose_nothing()
    {
        // A second store on the same file stands for a second process: its groups queue on SQLite's lock.
        using var other = new SqliteDatabase($"Data Source={_path}");
        var writes = Enumerable.Range(0, 400).Select(i => (i % 2 == 0 ? _database : other).WriteAsync(
            connection => Insert(connection, $"x{i:000}"), CancellationToken.None));

        await Task.WhenAll(writes).WaitAsync(Bound);

        var rows = await RowsOnDiskAsync();
        Assert.Equal(Enumerable.Range(0, 400).Select(i => $"x{i:000}"), rows);
    }

    [Fact]
    public async Task A_caller_who_gives_up_while_queued_hears_it_at_once_and_its_write_never_runs()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var blocking = _database.WriteAsync(async connection =>
        {
            started.SetResult();
            await gate.Task;
            return await Insert(connection, "first");
        }, CancellationToken.None);
        await started.Task.WaitAsync(Bound);
        using var giveUp = new CancellationTokenSource();
        var ran = false;
        var abandoned = _database.WriteAsync(connection =>
        {
            ran = true;
            return Insert(connection, "abandoned");
        }, giveUp.Token);

        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned.WaitAsync(Bound));
        gate.SetResult();
        await blocking.WaitAsync(Bound);
        await _database.WriteAsync(
            connection => Insert(connection, "after"), CancellationToken.None);

        Assert.False(ran);
        Assert.Equal(["after", "first"], await RowsOnDiskAsync());
    }

    [Fact]
    public async Task The_work_runs_with_its_callers_async_local_state()
    {
        CallerState.Value = "caller";
        var seen = await _database.WriteAsync(_ => Task.FromResult(CallerState.Value), CancellationToken.None);
        Assert.Equal("caller", seen);
    }

    [Fact]
    public async Task Disposing_the_database_first_commits_every_write_it_accepted()
    {
        var writes = Enumerable.Range(0, 20)
            .Select(i => _database.WriteAsync(
                connection => Insert(connection, $"r{i:00}"), CancellationToken.None))
            .ToList();

        _database.Dispose();

        await Task.WhenAll(writes).WaitAsync(Bound);
        Assert.Equal(20, (await RowsOnDiskAsync()).Count);
        // Refused when asked, not later: the caller is told before anything is queued.
        var refusal = Record.Exception(void () =>
            _database.WriteAsync(connection => Insert(connection, "late"), CancellationToken.None));
        Assert.IsType<ObjectDisposedException>(refusal);
    }
}
