using Goals.Storage.Abstractions;

namespace Goals.Storage.Sqlite;

/// <summary>
/// Deletes the user from every table in one write transaction: either all of the user is gone or nothing is. The
/// storage contract test lists every table of the schema, so a table added later without a line here fails it.
/// </summary>
public sealed class SqliteAccountStore(SqliteDatabase database) : IAccountStore
{
    private const string OwnedGoals = "SELECT id FROM goals WHERE owner_id = @user";

    // Goal-keyed rows first (they are found through the goals), the goals and the user row last.
    private static readonly string[] Statements =
    [
        $"DELETE FROM day_totals WHERE goal_id IN ({OwnedGoals});",
        $"DELETE FROM skips WHERE goal_id IN ({OwnedGoals});",
        $"DELETE FROM daily_snapshots WHERE goal_id IN ({OwnedGoals});",
        $"DELETE FROM pauses WHERE user_id = @user OR goal_id IN ({OwnedGoals});",
        "DELETE FROM evaluation_checkpoints WHERE owner_id = @user;",
        "DELETE FROM activities WHERE owner_id = @user;",
        "DELETE FROM notifications WHERE user_id = @user;",
        "DELETE FROM notification_sequences WHERE user_id = @user;",
        "DELETE FROM daily_stats WHERE user_id = @user;",
        "DELETE FROM insight_sets WHERE user_id = @user;",
        "DELETE FROM job_checkpoints WHERE scope = @user;",
        "DELETE FROM goals WHERE owner_id = @user;",
        "DELETE FROM users WHERE id = @user;",
    ];

    public Task<long> DeleteAccountAsync(string userId, CancellationToken cancellationToken) =>
        database.WriteAsync(
            async c =>
            {
                long removed = 0;
                foreach (var statement in Statements)
                {
                    removed += await c.ExecuteAsync(statement, cancellationToken, ("@user", userId));
                }

                return removed;
            },
            cancellationToken);
}
