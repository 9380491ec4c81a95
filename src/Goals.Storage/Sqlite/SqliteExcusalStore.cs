using Goals.Storage.Abstractions;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace Goals.Storage.Sqlite;

public sealed partial class SqliteExcusalStore(SqliteDatabase database, IdGenerator ids) : IExcusalStore
{
    internal const string PauseColumns = "id, user_id, goal_id, from_date, to_date";

    public async Task<bool> AddSkipAsync(string goalId, LocalDate day, CancellationToken cancellationToken) =>
        await database.WriteAsync(
            c => ChangeGoalAsync(
                c, goalId, day, c.ExecuteAsync(
                    SqliteWritePath.InsertSkip, cancellationToken, ("@goal", goalId),
                    ("@date", StoredValues.ToText(day))),
                cancellationToken),
            cancellationToken) == 1;

    public async Task<bool> RemoveSkipAsync(string goalId, LocalDate day, CancellationToken cancellationToken) =>
        await database.WriteAsync(
            c => ChangeGoalAsync(
                c, goalId, day, c.ExecuteAsync(
                    SqliteWritePath.DeleteSkip, cancellationToken, ("@goal", goalId),
                    ("@date", StoredValues.ToText(day))),
                cancellationToken),
            cancellationToken) == 1;

    public Task<PauseWindow> AddPauseAsync(
        string userId, string? goalId, LocalDate start, LocalDate? end, CancellationToken cancellationToken)
    {
        var pause = new PauseWindow(ids.NewId(), userId, goalId, start, end);
        return database.WriteAsync(
            async c =>
            {
                await c.ExecuteAsync(
                    SqliteWritePath.InsertPause, cancellationToken, ("@id", pause.Id), ("@user", userId),
                    ("@goal", goalId), ("@from", StoredValues.ToText(start)),
                    ("@to", end is { } e ? StoredValues.ToText(e) : null));
                await BumpAsync(c, userId, goalId, start, cancellationToken);
                return pause;
            },
            cancellationToken);
    }

    public Task<int> EndPausesAsync(
        string userId, string? goalId, LocalDate resumeOn, CancellationToken cancellationToken) =>
        database.WriteAsync(
            async c =>
            {
                (string, object?)[] parameters =
                [
                    ("@user", userId), ("@goal", goalId), ("@resume", StoredValues.ToText(resumeOn)),
                    ("@last", StoredValues.ToText(resumeOn.PlusDays(-1))),
                ];
                var changed = await c.ExecuteAsync(SqliteWritePath.RemovePausesFrom, cancellationToken, parameters)
                    + await c.ExecuteAsync(SqliteWritePath.CutPausesBefore, cancellationToken, parameters);
                if (changed > 0)
                {
                    await BumpAsync(c, userId, goalId, resumeOn, cancellationToken);
                }

                return changed;
            },
            cancellationToken);

    public async Task<bool> EndPauseAsync(
        string userId, string pauseId, LocalDate resumeOn, CancellationToken cancellationToken) =>
        await database.WriteAsync(
            async c =>
            {
                (string, object?)[] parameters =
                [
                    ("@id", pauseId), ("@user", userId), ("@resume", StoredValues.ToText(resumeOn)),
                    ("@last", StoredValues.ToText(resumeOn.PlusDays(-1))),
                ];
                var owner = await FindPauseGoalAsync(c, userId, pauseId, cancellationToken);
                var changed = await c.ExecuteAsync(SqliteWritePath.RemovePauseFrom, cancellationToken, parameters)
                    + await c.ExecuteAsync(SqliteWritePath.CutPauseBefore, cancellationToken, parameters);
                if (changed > 0 && owner is not null)
                {
                    await BumpAsync(c, userId, owner.GoalId, resumeOn, cancellationToken);
                }

                return changed;
            },
            cancellationToken) == 1;

    public async Task<bool> DeletePauseAsync(string userId, string pauseId, CancellationToken cancellationToken) =>
        await database.WriteAsync(
            async c =>
            {
                var owner = await FindPauseGoalAsync(c, userId, pauseId, cancellationToken);
                var deleted = await c.ExecuteAsync(
                    SqliteWritePath.DeletePause, cancellationToken, ("@id", pauseId), ("@user", userId));
                if (deleted > 0 && owner is not null)
                {
                    await BumpAsync(c, userId, owner.GoalId, owner.From, cancellationToken);
                }

                return deleted;
            },
            cancellationToken) == 1;

    /// <summary>
    /// Runs a write of one goal's skips and, when it changed a row, bumps the goal's data version and its owner's goals
    /// version and drops a checkpoint dated on or after the day (its fingerprint would refuse it anyway).
    /// </summary>
    private static async Task<int> ChangeGoalAsync(
        SqliteConnection connection, string goalId, LocalDate day, Task<int> write,
        CancellationToken cancellationToken)
    {
        var changed = await write;
        if (changed > 0)
        {
            await SqliteGoalStore.BumpDataVersionAsync(connection, goalId, cancellationToken);
            await SqliteCheckpointStore.DropAsync(connection, goalId, day, cancellationToken);
        }

        return changed;
    }

    /// <summary>
    /// A goal's pause changes that goal's inputs (its data version and its owner's goals version move); a vacation (no
    /// goal) those of every goal of the user (the user's data version: no goal record changes). Either drops the
    /// checkpoints dated on or after the first day whose excusal changed.
    /// </summary>
    private static async Task BumpAsync(
        SqliteConnection connection, string userId, string? goalId, LocalDate changedFrom,
        CancellationToken cancellationToken)
    {
        if (goalId is null)
        {
            await connection.ExecuteAsync(
                SqliteWritePath.BumpUserDataVersion, cancellationToken, ("@user", userId));
            await SqliteCheckpointStore.DropOwnerAsync(connection, userId, changedFrom, cancellationToken);
            return;
        }

        await SqliteGoalStore.BumpDataVersionAsync(connection, goalId, cancellationToken);
        await SqliteCheckpointStore.DropAsync(connection, goalId, changedFrom, cancellationToken);
    }

    /// <summary>Which goal the pause belongs to (a null goal: a vacation), or null when the user has no such pause.</summary>
    private static async Task<PauseOf?> FindPauseGoalAsync(
        SqliteConnection connection, string userId, string pauseId,
        CancellationToken cancellationToken) =>
        (await connection.QueryAsync(
            SqliteWritePath.PauseById, r => new PauseOf(r.NullableString(0), StoredValues.ToDate(r.GetString(1))),
            cancellationToken,
            ("@id", pauseId), ("@user", userId)))
        .SingleOrDefault();

    private sealed record PauseOf(string? GoalId, LocalDate From);
}
