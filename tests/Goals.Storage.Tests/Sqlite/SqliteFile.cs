using Microsoft.Data.Sqlite;

namespace Goals.Storage.Tests.Sqlite;

/// <summary>Raw access to a store's SQLite file, beside the store, for checking what is really in it.</summary>
internal static class SqliteFile
{
    public static async Task<SqliteConnection> OpenAsync(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        return connection;
    }

    public static async Task<string> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
