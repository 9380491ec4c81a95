using Microsoft.Data.Sqlite;

namespace Goals.Storage.Sqlite;

internal static class SqliteSettings
{
    public const string DefaultConnectionString = "Data Source=data/goals.db";

    /// <summary>Parses without touching the disk; anything that is not a plain file database is refused.</summary>
    public static SqliteConnectionStringBuilder Parse(string? connectionString)
    {
        SqliteConnectionStringBuilder builder;
        try
        {
            builder = new SqliteConnectionStringBuilder(
                string.IsNullOrWhiteSpace(connectionString) ? DefaultConnectionString : connectionString);
        }
        catch (ArgumentException e)
        {
            throw new StorageUnavailableException($"The SQLite connection string is not valid: {e.Message}", e);
        }

        if (string.IsNullOrWhiteSpace(builder.DataSource) || builder.DataSource == ":memory:"
            || builder.Mode == SqliteOpenMode.Memory)
        {
            throw new StorageUnavailableException(
                "The SQLite connection string must name a database file (Data Source=path/to/goals.db).");
        }

        builder.Mode = SqliteOpenMode.ReadWriteCreate;
        builder.Pooling = true;
        return builder;
    }
}
