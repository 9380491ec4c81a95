using Microsoft.Data.Sqlite;

namespace Goals.Storage.Tests.Sqlite;

/// <summary>The test file's one table: a row written by each write, and what is really on disk afterwards.</summary>
public sealed partial class SqliteGroupCommitTests
{
    public void Dispose()
    {
        _database.Dispose();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }

    private static async Task<int> Insert(SqliteConnection connection, SqliteTransaction transaction, string value)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO t (v) VALUES (@v);";
        command.Parameters.AddWithValue("@v", value);
        return await command.ExecuteNonQueryAsync();
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
