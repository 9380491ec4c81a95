using Goals.Storage.Abstractions;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Goals.Storage.MongoDb;

/// <summary>
/// One document per user (_id = user id). Saving is a replace whose filter matches only an older or equal set: when a
/// newer set is stored the filter misses, the upsert tries to insert the same _id and fails, and that duplicate-key
/// failure means "keep the newer one".
/// </summary>
public sealed partial class MongoHistoryStore
{
    public async Task SaveInsightsAsync(InsightSet insights, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(insights);
        var asOf = MongoValues.Date(insights.AsOf);
        var document = new BsonDocument
        {
            { "_id", insights.UserId },
            { "as_of", asOf },
            {
                "insights", new BsonArray(insights.Insights.Select(insight => new BsonDocument
                {
                    { "kind", insight.Kind },
                    { "message", insight.Message },
                    { "goal_id", insight.GoalId is { } goalId ? goalId : BsonNull.Value },
                }))
            },
        };
        try
        {
            await context.InsightSets.ReplaceOneAsync(
                F.Eq("_id", insights.UserId) & F.Lte("as_of", asOf), document,
                new ReplaceOptions { IsUpsert = true }, cancellationToken);
        }
        catch (MongoWriteException e) when (MongoValues.IsDuplicateKey(e))
        {
            // A newer set is already stored.
        }
    }

    public async Task<InsightSet?> GetInsightsAsync(string userId, CancellationToken cancellationToken)
    {
        var document = await context.InsightSets.Find(F.Eq("_id", userId)).FirstOrDefaultAsync(cancellationToken);
        return document is null
            ? null
            : new InsightSet(
                userId,
                MongoValues.ReadDate(document["as_of"]),
                [.. document["insights"].AsBsonArray.Select(item => new StoredInsight(
                    item["kind"].AsString, item["message"].AsString, MongoValues.ReadText(item["goal_id"])))]);
    }
}
