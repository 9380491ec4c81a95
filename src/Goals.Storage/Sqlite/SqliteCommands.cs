using Microsoft.Data.Sqlite;

namespace Goals.Storage.Sqlite;

/// <summary>Every statement goes through here: SQL text from code, every value a parameter.</summary>
internal static class SqliteCommands
{
    public static SqliteCommand Command(
        this SqliteConnection connection, SqliteTransaction? transaction, string sql,
        params IEnumerable<(string Name, object? Value)> parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // SQL text is composed only from constants and enum-derived column names.
        command.CommandText = sql;
#pragma warning restore CA2100
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    public static async Task<int> ExecuteAsync(
        this SqliteConnection connection, SqliteTransaction? transaction, string sql,
        CancellationToken cancellationToken, params IEnumerable<(string Name, object? Value)> parameters)
    {
        await using var command = connection.Command(transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<long> ScalarAsync(
        this SqliteConnection connection, SqliteTransaction? transaction, string sql,
        CancellationToken cancellationToken, params IEnumerable<(string Name, object? Value)> parameters)
    {
        await using var command = connection.Command(transaction, sql, parameters);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is null or DBNull ? 0 : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task<List<T>> QueryAsync<T>(
        this SqliteConnection connection, SqliteTransaction? transaction, string sql, Func<SqliteDataReader, T> map,
        CancellationToken cancellationToken, params IEnumerable<(string Name, object? Value)> parameters)
    {
        await using var command = connection.Command(transaction, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    public static string? NullableString(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static double? NullableDouble(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetDouble(ordinal);

    public static long? NullableInt64(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);

    /// <summary>"@p0, @p1, ..." plus the parameters, for IN lists of values.</summary>
    public static (string Sql, List<(string Name, object? Value)> Parameters) InList<T>(
        IEnumerable<T> values, string prefix)
    {
        var parameters = values.Select((value, i) => ($"@{prefix}{i}", (object?)value)).ToList();
        return (string.Join(", ", parameters.Select(p => p.Item1)), parameters);
    }
}
