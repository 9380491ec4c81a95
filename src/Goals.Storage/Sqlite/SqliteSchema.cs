using Microsoft.Data.Sqlite;
using NodaTime;

namespace Goals.Storage.Sqlite;

/// <summary>Brings the file to the latest schema: WAL on, then each missing migration in its own transaction.</summary>
internal static class SqliteSchema
{
    public static async Task<int> MigrateAsync(SqliteDatabase database, IClock clock, CancellationToken cancellationToken)
    {
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            // WAL is a property of the file: set once, every later connection uses it.
            await connection.ExecuteAsync("PRAGMA journal_mode = WAL;", cancellationToken);
        }

        var migrations = SqliteMigrations.All;
        for (var version = 1; version <= migrations.Count; version++)
        {
            var target = version;
            await database.WriteAsync(
                async connection =>
                {
                    await connection.ExecuteAsync(
                        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER NOT NULL PRIMARY KEY, applied_at INTEGER NOT NULL);",
                        cancellationToken);
                    if (await CurrentVersionAsync(connection, cancellationToken) >= target)
                    {
                        return false;
                    }

                    await connection.ExecuteAsync(migrations[target - 1], cancellationToken);
                    await connection.ExecuteAsync(
                        "INSERT INTO schema_migrations (version, applied_at) VALUES (@v, @at);",
                        cancellationToken, ("@v", target), ("@at", StoredValues.ToMillis(clock.GetCurrentInstant())));
                    return true;
                },
                cancellationToken);
        }

        return await database.ReadAsync(
            connection => CurrentVersionAsync(connection, cancellationToken),
            cancellationToken);
    }

    private static async Task<int> CurrentVersionAsync(
        SqliteConnection connection, CancellationToken cancellationToken) =>
        (int)await connection.ScalarAsync(
            "SELECT COALESCE(MAX(version), 0) FROM schema_migrations;", cancellationToken);
}
