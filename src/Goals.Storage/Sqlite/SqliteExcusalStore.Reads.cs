using Goals.Storage.Abstractions;
using Microsoft.Data.Sqlite;

namespace Goals.Storage.Sqlite;

public sealed partial class SqliteExcusalStore
{
    public async Task<IReadOnlyList<PauseWindow>> ListVacationsAsync(string userId, CancellationToken cancellationToken) =>
        await database.ReadAsync(
            c => c.QueryAsync(
                $"SELECT {PauseColumns} FROM pauses WHERE user_id = @user AND goal_id IS NULL ORDER BY from_date, id;",
                ReadPause, cancellationToken, ("@user", userId)),
            cancellationToken);

    public async Task<IReadOnlyDictionary<string, GoalExcusals>> GetForGoalsAsync(
        string userId, IReadOnlyCollection<string> goalIds, CancellationToken cancellationToken)
    {
        var requested = goalIds.Distinct().ToList();
        if (requested.Count == 0)
        {
            return new Dictionary<string, GoalExcusals>();
        }

        var (list, parameters) = SqliteCommands.InList(requested, "g");
        parameters.Add(("@user", userId));
        var (skips, pauses) = await database.ReadAsync(
            async c => (
                await c.QueryAsync(
                    $"SELECT goal_id, date FROM skips WHERE goal_id IN ({list}) ORDER BY goal_id, date;",
                    r => (GoalId: r.GetString(0), Date: StoredValues.ToDate(r.GetString(1))), cancellationToken,
                    parameters),
                await c.QueryAsync(
                    $"""
                    SELECT {PauseColumns} FROM pauses
                    WHERE user_id = @user AND (goal_id IS NULL OR goal_id IN ({list})) ORDER BY from_date, id;
                    """,
                    ReadPause, cancellationToken, parameters)),
            cancellationToken);
        return requested.ToDictionary(
            id => id,
            id => new GoalExcusals(
                [.. skips.Where(skip => skip.GoalId == id).Select(skip => skip.Date)],
                [.. pauses.Where(pause => pause.GoalId is null || pause.GoalId == id)]));
    }

    private static PauseWindow ReadPause(SqliteDataReader r) => new(
        r.GetString(0), r.GetString(1), r.NullableString(2), StoredValues.ToDate(r.GetString(3)),
        r.IsDBNull(4) ? null : StoredValues.ToDate(r.GetString(4)));
}
