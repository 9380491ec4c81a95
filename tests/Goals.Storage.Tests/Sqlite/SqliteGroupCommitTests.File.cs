using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Goals.Storage.Tests.Sqlite;

/// <summary>The test file's one table: a row written by each write, and what is really on disk afterwards.</summary>
public sealed partial class SqliteGroupCommitTests
{
    private int _commits;

    public void Dispose()
    {
        _database.Dispose();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }

    private static async Task<int> Insert(SqliteConnection connection, string value)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO t (v) VALUES (@v);";
        command.Parameters.AddWithValue("@v", value);
        return await command.ExecuteNonQueryAsync();
    }

    /// <summary>Commits on the writer's connections so far: every write of one transaction sees the same count.</summary>
    private int CommitsSoFar(SqliteConnection connection)
    {
        raw.sqlite3_commit_hook(connection.Handle, _ =>
        {
            Interlocked.Increment(ref _commits);
            return 0;
        }, null);
        return Volatile.Read(ref _commits);
    }

    private async Task<List<string>> RowsOnDiskAsync()
    {
        await using var connection = await SqliteFile.OpenAsync(_path);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT v FROM t ORDER BY v;";
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
