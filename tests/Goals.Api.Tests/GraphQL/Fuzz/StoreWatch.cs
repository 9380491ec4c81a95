using Microsoft.Data.Sqlite;

namespace Goals.Api.Tests.GraphQL.Fuzz;

/// <summary>
/// Notices any commit to the SQLite file: <c>PRAGMA data_version</c> on a connection of its own changes whenever
/// another connection has committed since the last look, whatever table it wrote. One statement per look.
/// </summary>
public sealed class StoreWatch : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _version;

    public StoreWatch(string databasePath)
    {
        _connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        _connection.Open();
        _version = _connection.CreateCommand();
        _version.CommandText = "PRAGMA data_version;";
    }

    public long Version() => (long)_version.ExecuteScalar()!;

    public void Dispose()
    {
        _version.Dispose();
        _connection.Dispose();
    }
}
