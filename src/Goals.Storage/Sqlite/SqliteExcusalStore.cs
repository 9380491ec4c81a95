using Goals.Storage.Abstractions;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace Goals.Storage.Sqlite;

public sealed class SqliteExcusalStore(SqliteDatabase database, IdGenerator ids) : IExcusalStore
{
    private const string PauseColumns = "id, user_id, goal_id, from_date, to_date";

    public async Task<bool> AddSkipAsync(string goalId, LocalDate day, CancellationToken cancellationToken) =>
        await database.WriteAsync(
            (c, t) => c.ExecuteAsync(
                t, "INSERT INTO skips (goal_id, date) VALUES (@goal, @date) ON CONFLICT DO NOTHING;",
                cancellationToken, ("@goal", goalId), ("@date", StoredValues.ToText(day))),
            cancellationToken) == 1;

    public async Task<bool> RemoveSkipAsync(string goalId, LocalDate day, CancellationToken cancellationToken) =>
        await database.WriteAsync(
            (c, t) => c.ExecuteAsync(
                t, "DELETE FROM skips WHERE goal_id = @goal AND date = @date;", cancellationToken,
                ("@goal", goalId), ("@date", StoredValues.ToText(day))),
            cancellationToken) == 1;

    public Task<PauseWindow> AddPauseAsync(
        string userId, string? goalId, LocalDate start, LocalDate? end, CancellationToken cancellationToken)
    {
        var pause = new PauseWindow(ids.NewId(), userId, goalId, start, end);
        return database.WriteAsync(
            async (c, t) =>
            {
                await c.ExecuteAsync(
                    t, $"INSERT INTO pauses ({PauseColumns}) VALUES (@id, @user, @goal, @from, @to);",
                    cancellationToken, ("@id", pause.Id), ("@user", userId), ("@goal", goalId),
                    ("@from", StoredValues.ToText(start)), ("@to", end is { } e ? StoredValues.ToText(e) : null));
                return pause;
            },
            cancellationToken);
    }

    public Task<int> EndPausesAsync(
        string userId, string? goalId, LocalDate resumeOn, CancellationToken cancellationToken) =>
        database.WriteAsync(
            async (c, t) =>
            {
                (string, object?)[] parameters =
                [
                    ("@user", userId), ("@goal", goalId), ("@resume", StoredValues.ToText(resumeOn)),
                    ("@last", StoredValues.ToText(resumeOn.PlusDays(-1))),
                ];
                var removed = await c.ExecuteAsync(
                    t, "DELETE FROM pauses WHERE user_id = @user AND goal_id IS @goal AND from_date >= @resume;",
                    cancellationToken, parameters);
                var ended = await c.ExecuteAsync(
                    t,
                    """
                    UPDATE pauses SET to_date = @last
                    WHERE user_id = @user AND goal_id IS @goal AND (to_date IS NULL OR to_date >= @resume);
                    """,
                    cancellationToken, parameters);
                return removed + ended;
            },
            cancellationToken);

    public async Task<bool> EndPauseAsync(
        string userId, string pauseId, LocalDate resumeOn, CancellationToken cancellationToken) =>
        await database.WriteAsync(
            async (c, t) =>
            {
                (string, object?)[] parameters =
                [
                    ("@id", pauseId), ("@user", userId), ("@resume", StoredValues.ToText(resumeOn)),
                    ("@last", StoredValues.ToText(resumeOn.PlusDays(-1))),
                ];
                var removed = await c.ExecuteAsync(
                    t, "DELETE FROM pauses WHERE id = @id AND user_id = @user AND from_date >= @resume;",
                    cancellationToken, parameters);
                return removed + await c.ExecuteAsync(
                    t,
                    """
                    UPDATE pauses SET to_date = @last
                    WHERE id = @id AND user_id = @user AND (to_date IS NULL OR to_date >= @resume);
                    """,
                    cancellationToken, parameters);
            },
            cancellationToken) == 1;

    public async Task<bool> DeletePauseAsync(string userId, string pauseId, CancellationToken cancellationToken) =>
        await database.WriteAsync(
            (c, t) => c.ExecuteAsync(
                t, "DELETE FROM pauses WHERE id = @id AND user_id = @user;", cancellationToken,
                ("@id", pauseId), ("@user", userId)),
            cancellationToken) == 1;

    public async Task<IReadOnlyList<PauseWindow>> ListVacationsAsync(string userId, CancellationToken cancellationToken) =>
        await database.ReadAsync(
            (c, t) => c.QueryAsync(
                t,
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
            async (c, t) => (
                await c.QueryAsync(
                    t, $"SELECT goal_id, date FROM skips WHERE goal_id IN ({list}) ORDER BY goal_id, date;",
                    r => (GoalId: r.GetString(0), Date: StoredValues.ToDate(r.GetString(1))), cancellationToken,
                    parameters),
                await c.QueryAsync(
                    t,
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
