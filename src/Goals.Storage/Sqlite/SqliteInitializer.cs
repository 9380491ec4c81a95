using Microsoft.Data.Sqlite;
using NodaTime;

namespace Goals.Storage.Sqlite;

/// <summary>Creates the directory and file, switches to WAL and migrates; any failure becomes one clear line.</summary>
public sealed class SqliteInitializer(SqliteDatabase database, IClock clock) : IStorageInitializer
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        int version;
        try
        {
            var directory = Path.GetDirectoryName(database.FilePath);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            version = await SqliteSchema.MigrateAsync(database, clock, cancellationToken);
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            throw new StorageUnavailableException(
                $"The SQLite database '{database.FilePath}' cannot be opened: {e.Message}", e);
        }

        if (version > SqliteMigrations.All.Count)
        {
            throw new StorageUnavailableException(
                $"The SQLite database '{database.FilePath}' has schema version {version}, newer than this build "
                + $"({SqliteMigrations.All.Count}).");
        }
    }
}
