using Goals.Storage.Abstractions;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Goals.Storage.MongoDb;

/// <summary>
/// Deletes the user collection by collection (no multi-document transaction is assumed). The goals and the user
/// document go last, so a run cut short is finished by repeating it: the goal ids are still there to find their rows.
/// </summary>
public sealed class MongoAccountStore(MongoDatabaseContext context) : IAccountStore
{
    private static readonly FilterDefinitionBuilder<BsonDocument> F = Builders<BsonDocument>.Filter;

    public async Task<long> DeleteAccountAsync(string userId, CancellationToken cancellationToken)
    {
        var goalIds = await context.Goals.Find(F.Eq("owner_id", userId))
            .Project(Builders<BsonDocument>.Projection.Include("_id")).ToListAsync(cancellationToken);
        var byGoal = F.In("goal_id", goalIds.Select(goal => goal["_id"]));
        var byUser = F.Eq("user_id", userId);
        (IMongoCollection<BsonDocument> Collection, FilterDefinition<BsonDocument> Filter)[] deletions =
        [
            (context.DayTotals, byGoal),
            (context.Skips, byGoal),
            (context.Snapshots, byGoal),
            (context.Pauses, byUser),
            (context.Activities, byGoal),
            (context.Notifications, byUser),
            (context.Counters, F.Eq("_id", MongoValues.Key("c", "notifications", "u", userId))),
            (context.Stats, byUser),
            (context.InsightSets, F.Eq("_id", userId)),
            (context.Checkpoints, F.Eq("_id.s", userId)),
            (context.Goals, F.Eq("owner_id", userId)),
            (context.Users, F.Eq("_id", userId)),
        ];
        long removed = 0;
        foreach (var (collection, filter) in deletions)
        {
            removed += (await collection.DeleteManyAsync(filter, cancellationToken)).DeletedCount;
        }

        return removed;
    }
}
