using Goals.Domain;
using Goals.Storage.Abstractions;
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
            c => Task.FromResult(ReadDayTotals(c, ids, dates, cancellationToken)), cancellationToken);
    }

    /// <summary>
    /// Moves one activity into (<paramref name="sign"/> +1) or out of (-1) its day's total by an increment inside the
    /// caller's write transaction: two key lookups, whatever the day already holds (ADR 0136).
    /// </summary>
    private static async Task AddToDayAsync(
        SqliteConnection connection, ActivityRecord activity, int sign,
        CancellationToken cancellationToken)
    {
        (string, object?)[] day = [("@goal", activity.GoalId), ("@date", StoredValues.ToText(activity.Date))];
        await connection.ExecuteAsync(
            SqliteWritePath.AddToDay, cancellationToken,
            [.. day, ("@amount", sign * activity.Amount), ("@count", sign)]);
        if (sign < 0)
        {
            await connection.ExecuteAsync(SqliteWritePath.DeleteEmptyDay, cancellationToken, day);
        }
    }

    /// <summary>
    /// Moves the activity's goal's updatedAt and data version and its owner's goals version (ADR 0163); the activity's
    /// owner is the goal's, checked when it was logged.
    /// </summary>
    private static async Task TouchGoalAsync(
        SqliteConnection connection, ActivityRecord activity, Instant now,
        CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(
            SqliteWritePath.TouchGoal, cancellationToken, ("@goal", activity.GoalId),
            ("@now", StoredValues.ToMillis(now)));
        await SqliteGoalStore.BumpGoalsVersionAsync(connection, activity.OwnerId, cancellationToken);
    }
}
