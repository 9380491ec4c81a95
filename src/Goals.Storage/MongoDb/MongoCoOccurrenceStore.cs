using Goals.Storage.Abstractions;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Goals.Storage.MongoDb;

/// <summary>
/// The whole set is one document (<c>_id: "all"</c>) replaced in one write: a reader sees the old set or the new one
/// without a transaction. It stays small: one entry per pair of goal kinds, at most a few thousand.
/// </summary>
public sealed class MongoCoOccurrenceStore(MongoDatabaseContext context) : ICoOccurrenceStore
{
    private const string SetId = "all";

    public async Task ReplaceAsync(IReadOnlyCollection<CoOccurrence> counts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var document = new BsonDocument
        {
            { "_id", SetId },
            {
                "counts", new BsonArray(counts
                    .OrderBy(count => count.Item, StringComparer.Ordinal).ThenBy(count => count.Other, StringComparer.Ordinal)
                    .Select(count => new BsonDocument { { "item", count.Item }, { "other", count.Other }, { "users", count.Users } }))
            },
        };
        await context.CoOccurrences.ReplaceOneAsync(
            Builders<BsonDocument>.Filter.Eq("_id", SetId), document, new ReplaceOptions { IsUpsert = true }, cancellationToken);
    }

    public async Task<IReadOnlyList<CoOccurrence>> ReadAllAsync(CancellationToken cancellationToken)
    {
        var document = await context.CoOccurrences.Find(Builders<BsonDocument>.Filter.Eq("_id", SetId))
            .FirstOrDefaultAsync(cancellationToken);
        return document is null
            ? []
            : [.. document["counts"].AsBsonArray.Select(entry => entry.AsBsonDocument).Select(entry =>
                new CoOccurrence(entry["item"].AsString, entry["other"].AsString, entry["users"].ToInt32()))];
    }
}
