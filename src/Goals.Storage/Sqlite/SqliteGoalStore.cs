using Goals.Paging;
using Goals.Storage.Abstractions;
using Goals.Storage.Filtering;
using Goals.Storage.Paging;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace Goals.Storage.Sqlite;

public sealed partial class SqliteGoalStore(SqliteDatabase database, IClock clock, IdGenerator ids) : IGoalStore
{
    public Task<GoalRecord?> GetAsync(string ownerId, string goalId, CancellationToken cancellationToken) =>
        database.ReadAsync(c => FindAsync(c, ownerId, goalId, cancellationToken), cancellationToken);

    public async Task<IReadOnlyDictionary<string, GoalRecord>> GetManyAsync(
        string ownerId, IReadOnlyCollection<string> goalIds, CancellationToken cancellationToken)
    {
        if (goalIds.Count == 0)
        {
            return new Dictionary<string, GoalRecord>();
        }

        var (list, parameters) = SqliteCommands.InList(goalIds.Distinct(), "g");
        parameters.Add(("@owner", ownerId));
        var rows = await database.ReadAsync(
            c => c.QueryAsync(
                $"SELECT {SqliteRows.GoalColumns} FROM goals WHERE owner_id = @owner AND id IN ({list});",
                SqliteRows.Goal, cancellationToken, parameters),
            cancellationToken);
        return rows.ToDictionary(goal => goal.Id);
    }

    public Task<Page<GoalRecord>> ListAsync(
        string ownerId, ListFilter filter, IReadOnlyList<GoalSort> sort, PageRequest page,
        CancellationToken cancellationToken)
    {
        var order = Orders.Goals(sort, filter);
        List<(string Name, object? Value)> parameters = [("@owner", ownerId)];
        var where = "owner_id = @owner" + SqliteFilter.And(filter, FilterFields.Goals, parameters);
        return database.ReadAsync(
            c => KeysetPager.PageAsync(
                order, page,
                new SqliteKeysetSource<GoalRecord>(
                    c, "goals", SqliteRows.GoalColumns, where, parameters, order, SqliteRows.Goal),
                goal => Orders.GoalValues(order, goal), cancellationToken),
            cancellationToken);
    }

    public async Task<int> CountNonArchivedAsync(string ownerId, CancellationToken cancellationToken) =>
        (int)await database.ReadAsync(
            c => c.ScalarAsync(
                "SELECT COUNT(*) FROM goals WHERE owner_id = @owner AND status <> 'Archived';", cancellationToken,
                ("@owner", ownerId)),
            cancellationToken);

    public async Task<GoalRecord> CreateAsync(NewGoal goal, CancellationToken cancellationToken) =>
        (await InsertAsync(goal, maxNonArchived: null, cancellationToken))!;

    // The count and the insert share one write transaction (BEGIN IMMEDIATE): no other writer runs in between.
    public Task<GoalRecord?> CreateWithinLimitAsync(NewGoal goal, int maxNonArchived, CancellationToken cancellationToken) =>
        InsertAsync(goal, maxNonArchived, cancellationToken);

    private Task<GoalRecord?> InsertAsync(NewGoal goal, int? maxNonArchived, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(goal);
        var now = StoredValues.Truncate(clock.GetCurrentInstant());
        var record = new GoalRecord(
            ids.NewId(), goal.OwnerId, goal.Title, goal.Description, goal.Category, goal.Pattern, goal.Target,
            goal.Unit, goal.Period, goal.Schedule, goal.MinAmount, goal.StartDate, goal.Deadline, goal.Status, now, now,
            goal.Status == Goals.Domain.GoalStatus.Completed ? now : null, 1, DataVersion: 1, ReminderTime: goal.ReminderTime);
        return database.WriteAsync<GoalRecord?>(
            async c =>
            {
                if (maxNonArchived is { } limit && await c.ScalarAsync(
                        "SELECT COUNT(*) FROM goals WHERE owner_id = @owner AND status <> 'Archived';", cancellationToken,
                        ("@owner", goal.OwnerId)) >= limit)
                {
                    return null;
                }

                await c.ExecuteAsync(
                    $"""
                    INSERT INTO goals ({SqliteRows.GoalColumns}, title_key) VALUES (@id, @owner, @title, @description,
                        @category, @pattern, @target, @unit, @period, @schedule, @min, @start, @deadline, @status,
                        @created, @updated, @completed, @version, @dataVersion, @reminder, @titleKey);
                    """,
                    cancellationToken, SqliteGoalValues.Values(record));
                await BumpGoalsVersionAsync(c, goal.OwnerId, cancellationToken);
                return record;
            },
            cancellationToken);
    }

    public Task<GoalUpdateResult> UpdateAsync(
        string ownerId, string goalId, int expectedVersion, GoalChanges changes, CancellationToken cancellationToken) =>
        WriteChangesAsync(ownerId, goalId, expectedVersion, changes, maxNonArchived: null, cancellationToken);

    public Task<bool> DeleteAsync(string ownerId, string goalId, CancellationToken cancellationToken) =>
        database.WriteAsync(
            async c =>
            {
                var deleted = await c.ExecuteAsync(
                    "DELETE FROM goals WHERE id = @id AND owner_id = @owner;", cancellationToken,
                    ("@id", goalId), ("@owner", ownerId));
                if (deleted == 0)
                {
                    return false;
                }

                foreach (var table in (string[])["activities", "day_totals", "skips", "pauses", "daily_snapshots", "evaluation_checkpoints"])
                {
                    await c.ExecuteAsync(
                        $"DELETE FROM {table} WHERE goal_id = @id;", cancellationToken, ("@id", goalId));
                }

                await BumpGoalsVersionAsync(c, ownerId, cancellationToken);
                return true;
            },
            cancellationToken);
}
