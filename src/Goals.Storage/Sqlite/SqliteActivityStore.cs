using Goals.Paging;
using Goals.Storage.Abstractions;
using Goals.Storage.Filtering;
using Goals.Storage.Paging;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace Goals.Storage.Sqlite;

/// <summary>
/// Activity writes, their day totals and the goal's updatedAt change in one BEGIN IMMEDIATE transaction, so a
/// reader never sees one without the others and concurrent logs serialize instead of losing updates.
/// </summary>
public sealed partial class SqliteActivityStore(SqliteDatabase database, IClock clock, IdGenerator ids) : IActivityStore
{
    public Task<AppendResult> AppendAsync(NewActivity activity, CancellationToken cancellationToken) =>
        database.WriteAsync(
            async (c, t) =>
            {
                if (activity.IdempotencyKey is { } key)
                {
                    var first = await QueryOneAsync(
                        c, t, "owner_id = @owner AND idempotency_key = @key", cancellationToken,
                        ("@owner", activity.OwnerId), ("@key", key));
                    if (first is not null)
                    {
                        return new AppendResult(AppendOutcome.Duplicate, first);
                    }
                }

                if (await SqliteGoalStore.FindAsync(c, t, activity.OwnerId, activity.GoalId, cancellationToken) is null)
                {
                    return new AppendResult(AppendOutcome.GoalNotFound, null);
                }

                var now = StoredValues.Truncate(clock.GetCurrentInstant());
                var record = new ActivityRecord(
                    ids.NewId(), activity.OwnerId, activity.GoalId, StoredValues.Truncate(activity.OccurredAt),
                    activity.Date, activity.Amount, StoredValues.EmptyToNull(activity.Note), activity.IdempotencyKey,
                    now, now);
                await c.ExecuteAsync(
                    t,
                    $"""
                    INSERT INTO activities ({SqliteRows.ActivityColumns}) VALUES (@id, @owner, @goal, @occurred, @date,
                        @amount, @note, @key, @created, @updated);
                    """,
                    cancellationToken, Values(record));
                await AfterChangeAsync(c, t, record.GoalId, [record.Date], now, cancellationToken);
                return new AppendResult(AppendOutcome.Created, record);
            },
            cancellationToken);

    public Task<ActivityRecord?> GetAsync(string ownerId, string activityId, CancellationToken cancellationToken) =>
        database.ReadAsync(
            (c, t) => QueryOneAsync(
                c, t, "id = @id AND owner_id = @owner", cancellationToken, ("@id", activityId), ("@owner", ownerId)),
            cancellationToken);

    public Task<ActivityUpdate?> UpdateAsync(
        string ownerId, string activityId, ActivityPatch patch, CancellationToken cancellationToken) =>
        database.WriteAsync(
            async (c, t) =>
            {
                var previous = await QueryOneAsync(
                    c, t, "id = @id AND owner_id = @owner", cancellationToken, ("@id", activityId), ("@owner", ownerId));
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
                await c.ExecuteAsync(
                    t,
                    """
                    UPDATE activities SET amount = @amount, note = @note, date = @date, occurred_at = @occurred,
                        updated_at = @updated WHERE id = @id;
                    """,
                    cancellationToken, Values(current));
                await AfterChangeAsync(c, t, current.GoalId, [previous.Date, current.Date], now, cancellationToken);
                return new ActivityUpdate(previous, current);
            },
            cancellationToken);

    public Task<ActivityRecord?> DeleteAsync(string ownerId, string activityId, CancellationToken cancellationToken) =>
        database.WriteAsync(
            async (c, t) =>
            {
                var deleted = await QueryOneAsync(
                    c, t, "id = @id AND owner_id = @owner", cancellationToken, ("@id", activityId), ("@owner", ownerId));
                if (deleted is not null)
                {
                    await c.ExecuteAsync(
                        t, "DELETE FROM activities WHERE id = @id;", cancellationToken, ("@id", deleted.Id));
                    var now = StoredValues.Truncate(clock.GetCurrentInstant());
                    await AfterChangeAsync(c, t, deleted.GoalId, [deleted.Date], now, cancellationToken);
                }

                return deleted;
            },
            cancellationToken);

    public async Task<IReadOnlyList<ActivityRecord>> ListByDateAsync(
        string ownerId, string goalId, DateInterval dates, CancellationToken cancellationToken) =>
        await database.ReadAsync(
            (c, t) => c.QueryAsync(
                t,
                $"""
                SELECT {SqliteRows.ActivityColumns} FROM activities
                WHERE goal_id = @goal AND owner_id = @owner AND date >= @from AND date <= @to
                ORDER BY date, occurred_at, id;
                """,
                SqliteRows.Activity, cancellationToken, ("@goal", goalId), ("@owner", ownerId),
                ("@from", StoredValues.ToText(dates.Start)), ("@to", StoredValues.ToText(dates.End))),
            cancellationToken);

    public Task<Page<ActivityRecord>> PageAsync(
        string ownerId, string goalId, DateInterval? dates, ListFilter filter, IReadOnlyList<ActivitySort> sort,
        PageRequest page, CancellationToken cancellationToken)
    {
        var order = Orders.Activities(sort, filter);
        var where = "goal_id = @goal AND owner_id = @owner";
        List<(string Name, object? Value)> parameters = [("@goal", goalId), ("@owner", ownerId)];
        if (dates is not null)
        {
            where += " AND date >= @from AND date <= @to";
            parameters.Add(("@from", StoredValues.ToText(dates.Start)));
            parameters.Add(("@to", StoredValues.ToText(dates.End)));
        }

        where += SqliteFilter.And(filter, FilterFields.Activities, parameters);
        return database.ReadAsync(
            (c, t) => KeysetPager.PageAsync(
                order, page,
                new SqliteKeysetSource<ActivityRecord>(
                    c, t, "activities", SqliteRows.ActivityColumns, where, parameters, order, SqliteRows.Activity),
                activity => Orders.ActivityValues(order, activity), cancellationToken),
            cancellationToken);
    }

    private static async Task<ActivityRecord?> QueryOneAsync(
        SqliteConnection connection, SqliteTransaction transaction, string where, CancellationToken cancellationToken,
        params (string, object?)[] parameters) =>
        (await connection.QueryAsync(
            transaction, $"SELECT {SqliteRows.ActivityColumns} FROM activities WHERE {where};", SqliteRows.Activity,
            cancellationToken, parameters))
        .SingleOrDefault();

    private static (string, object?)[] Values(ActivityRecord activity) =>
    [
        ("@id", activity.Id), ("@owner", activity.OwnerId), ("@goal", activity.GoalId),
        ("@occurred", StoredValues.ToMillis(activity.OccurredAt)), ("@date", StoredValues.ToText(activity.Date)),
        ("@amount", activity.Amount), ("@note", activity.Note), ("@key", activity.IdempotencyKey),
        ("@created", StoredValues.ToMillis(activity.CreatedAt)), ("@updated", StoredValues.ToMillis(activity.UpdatedAt)),
    ];
}
