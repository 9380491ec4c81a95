using Goals.Storage.Abstractions;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace Goals.Storage.Sqlite;

public sealed partial class SqliteExcusalStore(SqliteDatabase database, IdGenerator ids) : IExcusalStore
{
    internal const string PauseColumns = "id, user_id, goal_id, from_date, to_date";

    public async Task<bool> AddSkipAsync(string goalId, LocalDate day, CancellationToken cancellationToken) =>
        await database.WriteAsync(
            (c, t) => ChangeGoalAsync(
                c, t, goalId, c.ExecuteAsync(
                    t, SqliteWritePath.InsertSkip, cancellationToken, ("@goal", goalId),
                    ("@date", StoredValues.ToText(day))),
                cancellationToken),
            cancellationToken) == 1;

    public async Task<bool> RemoveSkipAsync(string goalId, LocalDate day, CancellationToken cancellationToken) =>
        await database.WriteAsync(
            (c, t) => ChangeGoalAsync(
                c, t, goalId, c.ExecuteAsync(
                    t, SqliteWritePath.DeleteSkip, cancellationToken, ("@goal", goalId),
                    ("@date", StoredValues.ToText(day))),
                cancellationToken),
            cancellationToken) == 1;

    public Task<PauseWindow> AddPauseAsync(
        string userId, string? goalId, LocalDate start, LocalDate? end, CancellationToken cancellationToken)
    {
        var pause = new PauseWindow(ids.NewId(), userId, goalId, start, end);
        return database.WriteAsync(
            async (c, t) =>
            {
                await c.ExecuteAsync(
                    t, SqliteWritePath.InsertPause, cancellationToken, ("@id", pause.Id), ("@user", userId),
                    ("@goal", goalId), ("@from", StoredValues.ToText(start)),
                    ("@to", end is { } e ? StoredValues.ToText(e) : null));
                await BumpAsync(c, t, userId, goalId, cancellationToken);
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
                var changed = await c.ExecuteAsync(t, SqliteWritePath.RemovePausesFrom, cancellationToken, parameters)
                    + await c.ExecuteAsync(t, SqliteWritePath.CutPausesBefore, cancellationToken, parameters);
                if (changed > 0)
                {
                    await BumpAsync(c, t, userId, goalId, cancellationToken);
                }

                return changed;
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
                var owner = await FindPauseGoalAsync(c, t, userId, pauseId, cancellationToken);
                var changed = await c.ExecuteAsync(t, SqliteWritePath.RemovePauseFrom, cancellationToken, parameters)
                    + await c.ExecuteAsync(t, SqliteWritePath.CutPauseBefore, cancellationToken, parameters);
                if (changed > 0 && owner is not null)
                {
                    await BumpAsync(c, t, userId, owner.GoalId, cancellationToken);
                }

                return changed;
            },
            cancellationToken) == 1;

    public async Task<bool> DeletePauseAsync(string userId, string pauseId, CancellationToken cancellationToken) =>
        await database.WriteAsync(
            async (c, t) =>
            {
                var owner = await FindPauseGoalAsync(c, t, userId, pauseId, cancellationToken);
                var deleted = await c.ExecuteAsync(
                    t, SqliteWritePath.DeletePause, cancellationToken, ("@id", pauseId), ("@user", userId));
                if (deleted > 0 && owner is not null)
                {
                    await BumpAsync(c, t, userId, owner.GoalId, cancellationToken);
                }

                return deleted;
            },
            cancellationToken) == 1;

    /// <summary>
    /// Runs a write of one goal's skips and, when it changed a row, bumps the goal's data version and its owner's goals
    /// version.
    /// </summary>
    private static async Task<int> ChangeGoalAsync(
        SqliteConnection connection, SqliteTransaction transaction, string goalId, Task<int> write,
        CancellationToken cancellationToken)
    {
        var changed = await write;
        if (changed > 0)
        {
            await SqliteGoalStore.BumpDataVersionAsync(connection, transaction, goalId, cancellationToken);
        }

        return changed;
    }

    /// <summary>
    /// A goal's pause changes that goal's inputs (its data version and its owner's goals version move); a vacation (no
    /// goal) those of every goal of the user (the user's data version: no goal record changes).
    /// </summary>
    private static Task BumpAsync(
        SqliteConnection connection, SqliteTransaction transaction, string userId, string? goalId,
        CancellationToken cancellationToken) =>
        goalId is null
            ? connection.ExecuteAsync(
                transaction, SqliteWritePath.BumpUserDataVersion, cancellationToken, ("@user", userId))
            : SqliteGoalStore.BumpDataVersionAsync(connection, transaction, goalId, cancellationToken);

    /// <summary>Which goal the pause belongs to (a null goal: a vacation), or null when the user has no such pause.</summary>
    private static async Task<PauseOf?> FindPauseGoalAsync(
        SqliteConnection connection, SqliteTransaction transaction, string userId, string pauseId,
        CancellationToken cancellationToken) =>
        (await connection.QueryAsync(
            transaction, SqliteWritePath.PauseById, r => new PauseOf(r.NullableString(0)), cancellationToken,
            ("@id", pauseId), ("@user", userId)))
        .SingleOrDefault();

    private sealed record PauseOf(string? GoalId);
}
