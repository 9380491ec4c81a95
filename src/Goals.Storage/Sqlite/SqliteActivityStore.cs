using Goals.Storage.Abstractions;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace Goals.Storage.Sqlite;

/// <summary>
/// Activity writes, their day totals, the goal's updatedAt and data version, the owner's goals version and the drop of
/// a checkpoint the write makes stale change in one BEGIN IMMEDIATE transaction (or one savepoint of a group's, ADR
/// 0169), so a reader never sees one without the others and concurrent logs serialize instead of losing updates.
/// Every statement of a write is a key lookup (<see cref="SqliteWritePath"/>): its cost does not grow with the
/// activities already stored.
/// </summary>
public sealed partial class SqliteActivityStore(SqliteDatabase database, IClock clock, IdGenerator ids) : IActivityStore
{
    public Task<AppendResult> AppendAsync(NewActivity activity, CancellationToken cancellationToken) =>
        database.WriteAsync(
            async c =>
            {
                if (activity.IdempotencyKey is { } key)
                {
                    var first = await QueryOneAsync(
                        c, SqliteWritePath.ActivityByKey, cancellationToken, ("@owner", activity.OwnerId),
                        ("@key", key));
                    if (first is not null)
                    {
                        return new AppendResult(AppendOutcome.Duplicate, first);
                    }
                }

                if (await SqliteGoalStore.FindAsync(c, activity.OwnerId, activity.GoalId, cancellationToken) is null)
                {
                    return new AppendResult(AppendOutcome.GoalNotFound, null);
                }

                var now = StoredValues.Truncate(clock.GetCurrentInstant());
                var record = new ActivityRecord(
                    ids.NewId(), activity.OwnerId, activity.GoalId, StoredValues.Truncate(activity.OccurredAt),
                    activity.Date, activity.Amount, StoredValues.EmptyToNull(activity.Note), activity.IdempotencyKey,
                    now, now);
                await c.ExecuteAsync(SqliteWritePath.InsertActivity, cancellationToken, Values(record));
                await AddToDayAsync(c, record, +1, cancellationToken);
                await SqliteCheckpointStore.DropAsync(c, record.GoalId, record.Date, cancellationToken);
                await TouchGoalAsync(c, record, now, cancellationToken);
                return new AppendResult(AppendOutcome.Created, record);
            },
            cancellationToken);

    public Task<ActivityRecord?> GetAsync(string ownerId, string activityId, CancellationToken cancellationToken) =>
        database.ReadAsync(
            c => QueryOneAsync(
                c, SqliteWritePath.ActivityById, cancellationToken, ("@id", activityId), ("@owner", ownerId)),
            cancellationToken);

    public Task<ActivityUpdate?> UpdateAsync(
        string ownerId, string activityId, ActivityPatch patch, CancellationToken cancellationToken) =>
        database.WriteAsync(
            async c =>
            {
                var previous = await QueryOneAsync(
                    c, SqliteWritePath.ActivityById, cancellationToken, ("@id", activityId), ("@owner", ownerId));
                if (previous is null)
                {
                    return null;
                }

                var now = StoredValues.Truncate(clock.GetCurrentInstant());
                var current = previous with
                {
                    Amount = patch.Amount ?? previous.Amount,
                    Note = patch.Note is null ? previous.Note : StoredValues.EmptyToNull(patch.Note),
                    Date = patch.Date ?? previous.Date,
                    OccurredAt = patch.OccurredAt is { } occurred ? StoredValues.Truncate(occurred) : previous.OccurredAt,
                    UpdatedAt = now,
                };
                await c.ExecuteAsync(SqliteWritePath.UpdateActivity, cancellationToken, Values(current));
                if (current.Date != previous.Date || !current.Amount.Equals(previous.Amount))
                {
                    // Out of the old day, into the new one (the same day when only the amount changed).
                    await AddToDayAsync(c, previous, -1, cancellationToken);
                    await AddToDayAsync(c, current, +1, cancellationToken);
                    await SqliteCheckpointStore.DropAsync(
                        c, current.GoalId, LocalDate.Min(previous.Date, current.Date), cancellationToken);
                }

                await TouchGoalAsync(c, current, now, cancellationToken);
                return new ActivityUpdate(previous, current);
            },
            cancellationToken);

    public Task<ActivityRecord?> DeleteAsync(string ownerId, string activityId, CancellationToken cancellationToken) =>
        database.WriteAsync(
            async c =>
            {
                var deleted = await QueryOneAsync(
                    c, SqliteWritePath.ActivityById, cancellationToken, ("@id", activityId), ("@owner", ownerId));
                if (deleted is not null)
                {
                    await c.ExecuteAsync(SqliteWritePath.DeleteActivity, cancellationToken, ("@id", deleted.Id));
                    await AddToDayAsync(c, deleted, -1, cancellationToken);
                    await SqliteCheckpointStore.DropAsync(c, deleted.GoalId, deleted.Date, cancellationToken);
                    var now = StoredValues.Truncate(clock.GetCurrentInstant());
                    await TouchGoalAsync(c, deleted, now, cancellationToken);
                }

                return deleted;
            },
            cancellationToken);

    private static async Task<ActivityRecord?> QueryOneAsync(
        SqliteConnection connection, string sql, CancellationToken cancellationToken,
        params (string, object?)[] parameters) =>
        (await connection.QueryAsync(sql, SqliteRows.Activity, cancellationToken, parameters))
        .SingleOrDefault();

    private static (string, object?)[] Values(ActivityRecord activity) =>
    [
        ("@id", activity.Id), ("@owner", activity.OwnerId), ("@goal", activity.GoalId),
        ("@occurred", StoredValues.ToMillis(activity.OccurredAt)), ("@date", StoredValues.ToText(activity.Date)),
        ("@amount", activity.Amount), ("@note", activity.Note), ("@key", activity.IdempotencyKey),
        ("@created", StoredValues.ToMillis(activity.CreatedAt)), ("@updated", StoredValues.ToMillis(activity.UpdatedAt)),
    ];
}
