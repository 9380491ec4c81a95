using Goals.Storage.Tests.Contract;
using Microsoft.Data.Sqlite;

namespace Goals.Storage.Tests.Sqlite;

/// <summary>
/// Account deletion against the schema itself: every table in sqlite_master is read, so a table added later is
/// covered (or must be listed below with the reason it holds no user data).
/// </summary>
public sealed class SqliteAccountErasureTests(SqliteStoreFixture store) : IClassFixture<SqliteStoreFixture>
{
    /// <summary>Tables that hold no row of any user, each with the reason.</summary>
    private static readonly Dictionary<string, string> Exempt = new(StringComparer.Ordinal)
    {
        ["schema_migrations"] = "the applied schema versions; no user data",
        ["job_leases"] = "which replica runs which job, keyed by job name; no user data",
        ["co_occurrences"] = "aggregated, anonymous counts of goal kinds kept together; no user id (ADR 0146)",
    };

    [Fact]
    public async Task No_table_keeps_a_row_of_a_deleted_user_and_every_table_keeps_the_other_users_rows()
    {
        var gone = await AccountSeed.SeedAsync(store);
        var kept = await AccountSeed.SeedAsync(store);
        await store.Accounts.DeleteAccountAsync(gone.UserId, CancellationToken.None);

        await using var connection = await SqliteFile.OpenAsync(store.FilePath);
        var tables = await TablesAsync(connection);
        Assert.Contains("goals", tables);
        Assert.Empty(Exempt.Keys.Except(tables));
        foreach (var table in tables.Except(Exempt.Keys))
        {
            var rows = await RowsAsync(connection, table);
            Assert.True(!rows.Any(row => row.Overlaps(gone.Keys)), $"{table} still holds a row of the deleted user");
            Assert.True(rows.Any(row => row.Overlaps(kept.Keys)), $"{table} lost the other user's rows (or the seed misses it)");
        }
    }

    private static async Task<List<string>> TablesAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name;";
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    /// <summary>Each row as the set of its text values (ids and keys are text in this schema).</summary>
    private static async Task<List<HashSet<string>>> RowsAsync(SqliteConnection connection, string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\";";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<HashSet<string>>();
        while (await reader.ReadAsync())
        {
            var values = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                if (!reader.IsDBNull(i) && reader.GetValue(i) is string text)
                {
                    values.Add(text);
                }
            }

            rows.Add(values);
        }

        return rows;
    }
}
