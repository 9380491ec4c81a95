using Goals.Domain;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace Goals.Storage.Sqlite;

public sealed partial class SqliteActivityStore
{
    public async Task<IReadOnlyList<DayTotal>> GetDayTotalsAsync(
        string goalId, DateInterval? dates, CancellationToken cancellationToken) =>
        (await GetDayTotalsAsync([goalId], dates, cancellationToken))[goalId];

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<DayTotal>>> GetDayTotalsAsync(
        IReadOnlyCollection<string> goalIds, DateInterval? dates, CancellationToken cancellationToken)
    {
        var ids = goalIds.Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<string, IReadOnlyList<DayTotal>>(StringComparer.Ordinal);
        }

        return await database.ReadAsync(
            (c, _) => Task.FromResult(ReadDayTotals(c, ids, dates, cancellationToken)), cancellationToken);
    }

    /// <summary>
    /// Recomputes the touched days from the activities themselves (exact, no floating drift from increments) and
    /// touches the goal, inside the caller's write transaction.
    /// </summary>
    private static async Task AfterChangeAsync(
        SqliteConnection connection, SqliteTransaction transaction, string goalId, IEnumerable<LocalDate> dates,
        Instant now, CancellationToken cancellationToken)
    {
        foreach (var date in dates.Distinct())
        {
            await connection.ExecuteAsync(
                transaction,
                """
                DELETE FROM day_totals WHERE goal_id = @goal AND date = @date;
                INSERT INTO day_totals (goal_id, date, amount, count)
                    SELECT goal_id, date, SUM(amount), COUNT(*) FROM activities
                    WHERE goal_id = @goal AND date = @date GROUP BY goal_id, date;
                """,
                cancellationToken, ("@goal", goalId), ("@date", StoredValues.ToText(date)));
        }

        await connection.ExecuteAsync(
            transaction, "UPDATE goals SET updated_at = @now WHERE id = @goal;", cancellationToken,
            ("@goal", goalId), ("@now", StoredValues.ToMillis(now)));
    }
}
