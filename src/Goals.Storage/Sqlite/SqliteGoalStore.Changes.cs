using Goals.Domain;
using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Storage.Sqlite;

public sealed partial class SqliteGoalStore
{
    // The limit check and the update share one write transaction (BEGIN IMMEDIATE): no other writer runs in between.
    public Task<GoalUpdateResult> UpdateWithinLimitAsync(
        string ownerId, string goalId, int expectedVersion, GoalChanges changes, int maxNonArchived,
        CancellationToken cancellationToken) =>
        WriteChangesAsync(ownerId, goalId, expectedVersion, changes, maxNonArchived, cancellationToken);

    private Task<GoalUpdateResult> WriteChangesAsync(
        string ownerId, string goalId, int expectedVersion, GoalChanges changes, int? maxNonArchived,
        CancellationToken cancellationToken) =>
        database.WriteAsync<GoalUpdateResult>(
            async c =>
            {
                var current = await FindAsync(c, ownerId, goalId, cancellationToken);
                if (current is null)
                {
                    return GoalUpdateResult.NotFound.Instance;
                }

                if (current.Version != expectedVersion)
                {
                    return new GoalUpdateResult.Conflict(current.Version);
                }

                if (maxNonArchived is { } limit && current.Status == GoalStatus.Archived && changes.Status != GoalStatus.Archived
                    && await c.ScalarAsync(
                        "SELECT COUNT(*) FROM goals WHERE owner_id = @owner AND status <> 'Archived';", cancellationToken,
                        ("@owner", ownerId)) >= limit)
                {
                    return new GoalUpdateResult.LimitReached(limit);
                }

                var updated = current with
                {
                    Title = changes.Title, Description = changes.Description, Category = changes.Category,
                    Target = changes.Target, Unit = changes.Unit, Schedule = changes.Schedule,
                    MinAmount = changes.MinAmount, Deadline = changes.Deadline, Status = changes.Status,
                    ReminderTime = changes.ReminderTime,
                    CompletedAt = changes.CompletedAt is { } completed ? StoredValues.Truncate(completed) : null,
                    UpdatedAt = StoredValues.Truncate(clock.GetCurrentInstant()), Version = current.Version + 1,
                    DataVersion = current.DataVersion + 1,
                };
                await c.ExecuteAsync(
                    """
                    UPDATE goals SET title = @title, title_key = @titleKey, description = @description,
                        category = @category, target = @target, unit = @unit, schedule = @schedule, min_amount = @min,
                        deadline = @deadline, status = @status, completed_at = @completed, updated_at = @updated,
                        version = @version, data_version = @dataVersion, reminder_time = @reminder
                    WHERE id = @id;
                    """,
                    cancellationToken, SqliteGoalValues.Values(updated));
                // Any edit may change the definition the checkpoint was folded with: cheaper dropped than fingerprinted.
                await SqliteCheckpointStore.DropAsync(c, goalId, LocalDate.MinIsoValue, cancellationToken);
                await BumpGoalsVersionAsync(c, ownerId, cancellationToken);
                return new GoalUpdateResult.Updated(updated);
            },
            cancellationToken);
}
