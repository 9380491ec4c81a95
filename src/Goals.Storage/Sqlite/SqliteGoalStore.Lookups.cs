using Goals.Storage.Abstractions;
using Microsoft.Data.Sqlite;

namespace Goals.Storage.Sqlite;

/// <summary>The goal statements other stores run inside their own write transactions.</summary>
public sealed partial class SqliteGoalStore
{
    /// <summary>Bumps the goal's data version inside the caller's write transaction (a primary-key update).</summary>
    internal static Task BumpDataVersionAsync(
        SqliteConnection connection, SqliteTransaction transaction, string goalId, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(
            transaction, SqliteWritePath.BumpGoalDataVersion, cancellationToken, ("@goal", goalId));

    internal static async Task<GoalRecord?> FindAsync(
        SqliteConnection connection, SqliteTransaction transaction, string ownerId, string goalId,
        CancellationToken cancellationToken) =>
        (await connection.QueryAsync(
            transaction, SqliteWritePath.FindGoal, SqliteRows.Goal, cancellationToken, ("@id", goalId), ("@owner", ownerId)))
        .SingleOrDefault();
}
