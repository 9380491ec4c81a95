using Goals.Domain.Evaluation;
using Goals.Storage.Abstractions;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace Goals.Storage.Sqlite;

/// <summary>
/// Goals' engine checkpoints in <c>evaluation_checkpoints</c>. The writes that make one stale drop it in their own
/// transaction (<see cref="DropAsync"/>, <see cref="DropOwnerAsync"/>); a put is conditional on the goal's data version.
/// </summary>
public sealed class SqliteCheckpointStore(SqliteDatabase database) : ICheckpointStore
{
    private const string Columns =
        "goal_id, date, read_from, current_run, run_started_on, longest_run, strength_score, strength_rolling, total, "
        + "inputs, data_version";

    public async Task<IReadOnlyDictionary<string, StoredCheckpoint>> GetForGoalsAsync(
        string ownerId, IReadOnlyCollection<string> goalIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(goalIds);
        if (goalIds.Count == 0)
            return new Dictionary<string, StoredCheckpoint>(StringComparer.Ordinal);
        var (list, parameters) = SqliteCommands.InList(goalIds.Distinct(), "g");
        parameters.Add(("@owner", ownerId));
        var rows = await database.ReadAsync(
            c => c.QueryAsync(
                $"SELECT {Columns} FROM evaluation_checkpoints WHERE goal_id IN ({list}) AND owner_id = @owner;",
                Read, cancellationToken, parameters),
            cancellationToken);
        return rows.ToDictionary(row => row.GoalId, StringComparer.Ordinal);
    }

    public async Task<bool> PutAsync(
        string ownerId, string goalId, long dataVersion, EvaluationCheckpoint checkpoint,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        return await database.WriteAsync(
            c => c.ExecuteAsync(
                SqliteWritePath.PutCheckpoint, cancellationToken, ("@goal", goalId), ("@owner", ownerId),
                ("@version", dataVersion), ("@date", StoredValues.ToText(checkpoint.Date)),
                ("@readFrom", StoredValues.ToText(checkpoint.ReadFrom)), ("@currentRun", checkpoint.CurrentRun),
                ("@runStartedOn", checkpoint.RunStartedOn is { } started ? StoredValues.ToText(started) : null),
                ("@longestRun", checkpoint.LongestRun), ("@score", checkpoint.StrengthScore),
                ("@rolling", checkpoint.StrengthRolling), ("@total", checkpoint.Total), ("@inputs", checkpoint.Inputs)),
            cancellationToken) == 1;
    }

    /// <summary>Drops the goal's checkpoint if it is dated on or after <paramref name="date"/>: a day it folded in changes.</summary>
    internal static Task DropAsync(
        SqliteConnection connection, string goalId, LocalDate date,
        CancellationToken cancellationToken) =>
        connection.ExecuteAsync(
            SqliteWritePath.DropGoalCheckpointFrom, cancellationToken, ("@goal", goalId),
            ("@date", StoredValues.ToText(date)));

    /// <summary>Drops every checkpoint of the owner's goals dated on or after <paramref name="date"/> (a vacation).</summary>
    internal static Task DropOwnerAsync(
        SqliteConnection connection, string ownerId, LocalDate date,
        CancellationToken cancellationToken) =>
        connection.ExecuteAsync(
            SqliteWritePath.DropOwnerCheckpointsFrom, cancellationToken, ("@owner", ownerId),
            ("@date", StoredValues.ToText(date)));

    // REAL columns hold binary64 as it was bound, so the doubles come back bit for bit.
    private static StoredCheckpoint Read(SqliteDataReader r) => new(
        r.GetString(0),
        r.GetInt64(10),
        new EvaluationCheckpoint(
            StoredValues.ToDate(r.GetString(1)),
            StoredValues.ToDate(r.GetString(2)),
            r.GetInt32(3),
            r.IsDBNull(4) ? null : StoredValues.ToDate(r.GetString(4)),
            r.GetInt32(5),
            r.GetDouble(6),
            r.GetDouble(7),
            r.GetDouble(8),
            r.GetInt64(9)));
}
