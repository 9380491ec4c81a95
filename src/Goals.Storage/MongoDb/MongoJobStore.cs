using Goals.Storage.Abstractions;
using MongoDB.Bson;
using MongoDB.Driver;
using NodaTime;

namespace Goals.Storage.MongoDb;

/// <summary>
/// A lease is one document per name. Acquiring is an upsert whose filter matches only a free, expired or own lease:
/// when another owner holds a live lease the filter misses, the upsert tries to insert the same _id and fails, and
/// that duplicate-key failure is the "no".
/// </summary>
public sealed class MongoJobStore(MongoDatabaseContext context, IClock clock) : IJobStore
{
    private static readonly FilterDefinitionBuilder<BsonDocument> F = Builders<BsonDocument>.Filter;

    public async Task<bool> TryAcquireLeaseAsync(
        string name, string owner, Duration ttl, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        try
        {
            await context.Leases.UpdateOneAsync(
                F.Eq("_id", name) & (F.Lte("expires_at", MongoValues.Instant(now)) | F.Eq("owner", owner)),
                Builders<BsonDocument>.Update.Set("owner", owner).Set("expires_at", MongoValues.Instant(now + ttl)),
                new UpdateOptions { IsUpsert = true }, cancellationToken);
            return true;
        }
        catch (MongoWriteException e) when (MongoValues.IsDuplicateKey(e))
        {
            return false;
        }
    }

    public async Task<bool> RenewLeaseAsync(string name, string owner, Duration ttl, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        var result = await context.Leases.UpdateOneAsync(
            F.Eq("_id", name) & F.Eq("owner", owner) & F.Gt("expires_at", MongoValues.Instant(now)),
            Builders<BsonDocument>.Update.Set("expires_at", MongoValues.Instant(now + ttl)),
            cancellationToken: cancellationToken);
        return result.MatchedCount == 1;
    }

    public async Task<bool> ReleaseLeaseAsync(string name, string owner, CancellationToken cancellationToken) =>
        (await context.Leases.DeleteOneAsync(F.Eq("_id", name) & F.Eq("owner", owner), cancellationToken))
        .DeletedCount == 1;

    public async Task<string?> GetCheckpointAsync(string job, string scope, CancellationToken cancellationToken)
    {
        var document = await context.Checkpoints.Find(F.Eq("_id", MongoValues.Key("j", job, "s", scope)))
            .FirstOrDefaultAsync(cancellationToken);
        return document?["value"].AsString;
    }

    public Task SetCheckpointAsync(string job, string scope, string value, CancellationToken cancellationToken) =>
        context.Checkpoints.UpdateOneAsync(
            F.Eq("_id", MongoValues.Key("j", job, "s", scope)),
            Builders<BsonDocument>.Update.Set("job", job).Set("scope", scope).Set("value", value)
                .Set("updated_at", MongoValues.Instant(clock.GetCurrentInstant())),
            new UpdateOptions { IsUpsert = true }, cancellationToken);
}
