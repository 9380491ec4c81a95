using Goals.Storage.Abstractions;

namespace Goals.Storage.Sqlite;

/// <summary>The counts in one table, replaced in one write transaction: a reader sees the old set or the new one.</summary>
public sealed class SqliteCoOccurrenceStore(SqliteDatabase database) : ICoOccurrenceStore
{
    public Task ReplaceAsync(IReadOnlyCollection<CoOccurrence> counts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return database.WriteAsync(
            async c =>
            {
                await c.ExecuteAsync("DELETE FROM co_occurrences;", cancellationToken);
                foreach (var count in counts)
                {
                    await c.ExecuteAsync(
                        "INSERT INTO co_occurrences (item, other, users) VALUES (@item, @other, @users);",
                        cancellationToken, ("@item", count.Item), ("@other", count.Other), ("@users", count.Users));
                }

                return counts.Count;
            },
            cancellationToken);
    }

    public Task<IReadOnlyList<CoOccurrence>> ReadAllAsync(CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<CoOccurrence>>(
            async c => await c.QueryAsync(
                "SELECT item, other, users FROM co_occurrences ORDER BY item, other;",
                r => new CoOccurrence(r.GetString(0), r.GetString(1), r.GetInt32(2)), cancellationToken),
            cancellationToken);
}
