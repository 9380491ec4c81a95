using Goals.Storage.Abstractions;
using Microsoft.Data.Sqlite;

namespace Goals.Storage.Sqlite;

/// <summary>The goal statements other stores run inside their own write transactions.</summary>
public sealed partial class SqliteGoalStore
{
    /// <summary>
    /// Bumps the goal's data version and its owner's goals version inside the caller's write transaction (two
    /// primary-key updates): whatever moves a goal's data version also moves the owner's goals version (ADR 0163).
    /// </summary>
    internal static async Task BumpDataVersionAsync(
        SqliteConnection connection, string goalId, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(
            SqliteWritePath.BumpGoalDataVersion, cancellationToken, ("@goal", goalId));
        await connection.ExecuteAsync(
            SqliteWritePath.BumpGoalsVersionOfGoal, cancellationToken, ("@goal", goalId));
    }

    /// <summary>Bumps the owner's goals version inside the caller's write transaction (ADR 0163).</summary>
    internal static Task BumpGoalsVersionAsync(
        SqliteConnection connection, string ownerId, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(SqliteWritePath.BumpGoalsVersion, cancellationToken, ("@owner", ownerId));

    internal static async Task<GoalRecord?> FindAsync(
        SqliteConnection connection, string ownerId, string goalId,
        CancellationToken cancellationToken) =>
        (await connection.QueryAsync(
            SqliteWritePath.FindGoal, SqliteRows.Goal, cancellationToken, ("@id", goalId), ("@owner", ownerId)))
        .SingleOrDefault();
}
