using Goals.Paging;
using Goals.Storage.Abstractions;
using Goals.Storage.Filtering;
using Goals.Storage.Paging;
using NodaTime;

namespace Goals.Storage.Sqlite;

/// <summary>Activity lists: one goal's activities by date range, and its filtered, sorted keyset pages.</summary>
public sealed partial class SqliteActivityStore
{
    public async Task<IReadOnlyList<ActivityRecord>> ListByDateAsync(
        string ownerId, string goalId, DateInterval dates, CancellationToken cancellationToken) =>
        await database.ReadAsync(
            c => c.QueryAsync(
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
            c => KeysetPager.PageAsync(
                order, page,
                new SqliteKeysetSource<ActivityRecord>(
                    c, "activities", SqliteRows.ActivityColumns, where, parameters, order, SqliteRows.Activity),
                activity => Orders.ActivityValues(order, activity), cancellationToken),
            cancellationToken);
    }
}
