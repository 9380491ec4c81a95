using Goals.Storage.Abstractions;
using MongoDB.Bson;
using MongoDB.Driver;
using NodaTime;

namespace Goals.Storage.MongoDb;

/// <summary>Upserts are replace-by-key bulk writes: idempotent, and each document is written atomically.</summary>
public sealed partial class MongoHistoryStore(MongoDatabaseContext context) : IHistoryStore
{
    private static readonly FilterDefinitionBuilder<BsonDocument> F = Builders<BsonDocument>.Filter;

    public async Task UpsertSnapshotsAsync(
        IReadOnlyCollection<DailySnapshot> snapshots, CancellationToken cancellationToken)
    {
        if (snapshots.Count == 0)
        {
            return;
        }

        var writes = snapshots.Select(s =>
        {
            var date = StoredValues.ToText(s.Date);
            var key = MongoValues.Key("g", s.GoalId, "d", date);
            return new ReplaceOneModel<BsonDocument>(
                F.Eq("_id", key),
                new BsonDocument
                {
                    { "_id", key }, { "goal_id", s.GoalId }, { "date", date }, { "value", s.Value },
                    { "target", s.Target }, { "met", s.Met is { } met ? met : BsonNull.Value }, { "excused", s.Excused },
                    { "streak", s.Streak },
                }) { IsUpsert = true };
        });
        await context.Snapshots.BulkWriteAsync(writes, cancellationToken: cancellationToken);
    }

    public async Task<IReadOnlyList<DailySnapshot>> ListSnapshotsAsync(
        string goalId, DateInterval dates, CancellationToken cancellationToken)
    {
        var documents = await context.Snapshots.Find(F.Eq("goal_id", goalId) & InRange(dates))
            .Sort(Builders<BsonDocument>.Sort.Ascending("date")).ToListAsync(cancellationToken);
        return [.. documents.Select(d => new DailySnapshot(
            d["goal_id"].AsString, MongoValues.ReadDate(d["date"]), d["value"].ToDouble(), d["target"].ToDouble(),
            d["met"].IsBsonNull ? null : d["met"].AsBoolean, d["excused"].AsBoolean, d["streak"].ToInt32()))];
    }

    public async Task UpsertStatsAsync(IReadOnlyCollection<DailyStats> stats, CancellationToken cancellationToken)
    {
        if (stats.Count == 0)
        {
            return;
        }

        var writes = stats.Select(s =>
        {
            var date = StoredValues.ToText(s.Date);
            var key = MongoValues.Key("u", s.UserId, "d", date);
            return new ReplaceOneModel<BsonDocument>(
                F.Eq("_id", key),
                new BsonDocument
                {
                    { "_id", key }, { "user_id", s.UserId }, { "date", date }, { "activities", s.Activities },
                    { "goals_due", s.GoalsDue }, { "goals_met", s.GoalsMet }, { "perfect", s.Perfect },
                }) { IsUpsert = true };
        });
        await context.Stats.BulkWriteAsync(writes, cancellationToken: cancellationToken);
    }

    public async Task<IReadOnlyList<DailyStats>> ListStatsAsync(
        string userId, DateInterval dates, CancellationToken cancellationToken)
    {
        var documents = await context.Stats.Find(F.Eq("user_id", userId) & InRange(dates))
            .Sort(Builders<BsonDocument>.Sort.Ascending("date")).ToListAsync(cancellationToken);
        return [.. documents.Select(d => new DailyStats(
            d["user_id"].AsString, MongoValues.ReadDate(d["date"]), d["activities"].ToInt32(), d["goals_due"].ToInt32(),
            d["goals_met"].ToInt32(), d["perfect"].AsBoolean))];
    }

    private static FilterDefinition<BsonDocument> InRange(DateInterval dates) =>
        F.Gte("date", MongoValues.Date(dates.Start)) & F.Lte("date", MongoValues.Date(dates.End));
}
