using Goals.Domain;
using Goals.Paging;
using Goals.Storage.Abstractions;
using Goals.Storage.Filtering;
using Goals.Storage.Paging;
using MongoDB.Bson;
using MongoDB.Driver;
using NodaTime;

namespace Goals.Storage.MongoDb;

public sealed partial class MongoActivityStore
{
    public async Task<IReadOnlyList<ActivityRecord>> ListByDateAsync(
        string ownerId, string goalId, DateInterval dates, CancellationToken cancellationToken)
    {
        var documents = await context.Activities.Find(InGoal(ownerId, goalId, dates))
            .Sort(Builders<BsonDocument>.Sort.Ascending("date").Ascending("occurred_at").Ascending("_id"))
            .ToListAsync(cancellationToken);
        return [.. documents.Select(MongoDocuments.Activity)];
    }

    public Task<Page<ActivityRecord>> PageAsync(
        string ownerId, string goalId, DateInterval? dates, ListFilter filter, IReadOnlyList<ActivitySort> sort,
        PageRequest page, CancellationToken cancellationToken)
    {
        var order = Orders.Activities(sort, filter);
        var where = InGoal(ownerId, goalId, dates) & MongoFilter.Build(filter, FilterFields.Activities);
        var source = new MongoKeysetSource<ActivityRecord>(context.Activities, where, order, MongoDocuments.Activity);
        return KeysetPager.PageAsync(
            order, page, source, activity => Orders.ActivityValues(order, activity), cancellationToken);
    }

    public async Task<IReadOnlyList<DayTotal>> GetDayTotalsAsync(
        string goalId, DateInterval? dates, CancellationToken cancellationToken) =>
        (await GetDayTotalsAsync([goalId], dates, cancellationToken))[goalId];

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<DayTotal>>> GetDayTotalsAsync(
        IReadOnlyCollection<string> goalIds, DateInterval? dates, CancellationToken cancellationToken)
    {
        var result = goalIds.Distinct().ToDictionary(id => id, _ => (IReadOnlyList<DayTotal>)[]);
        if (result.Count == 0)
        {
            return result;
        }

        var filter = F.In("goal_id", result.Keys) & F.Gt("count", 0) & DateRange(dates);
        var documents = await context.DayTotals.Find(filter)
            .Project(Builders<BsonDocument>.Projection.Exclude("entries"))
            .Sort(Builders<BsonDocument>.Sort.Ascending("goal_id").Ascending("date"))
            .ToListAsync(cancellationToken);
        foreach (var group in documents.GroupBy(document => document["goal_id"].AsString))
        {
            result[group.Key] = [.. group.Select(MongoDocuments.DayTotal)];
        }

        return result;
    }

    private static FilterDefinition<BsonDocument> InGoal(string ownerId, string goalId, DateInterval? dates) =>
        F.Eq("goal_id", goalId) & F.Eq("owner_id", ownerId) & Live & DateRange(dates);

    private static FilterDefinition<BsonDocument> DateRange(DateInterval? dates) =>
        dates is null
            ? F.Empty
            : F.Gte("date", MongoValues.Date(dates.Start)) & F.Lte("date", MongoValues.Date(dates.End));
}
