using Goals.Paging;
using Goals.Storage.Paging;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Goals.Storage.MongoDb;

/// <summary>One filtered set of documents, paged by keyset: bounds become $or/$and comparisons on the sort fields.</summary>
internal sealed class MongoKeysetSource<T>(
    IMongoCollection<BsonDocument> collection,
    FilterDefinition<BsonDocument> filter,
    KeysetOrder order,
    Func<BsonDocument, T> map) : IKeysetSource<T>
{
    public async Task<IReadOnlyList<T>> FetchAsync(KeysetScan scan, CancellationToken cancellationToken)
    {
        var all = scan.Bounds.Aggregate(filter, (current, bound) => current & MongoKeysetFilter.Bound(order, bound));
        var sort = Builders<BsonDocument>.Sort.Combine(order.Keys.Select(key =>
            key.Descending != scan.Reverse
                ? Builders<BsonDocument>.Sort.Descending(MongoKeysetFilter.Field(key))
                : Builders<BsonDocument>.Sort.Ascending(MongoKeysetFilter.Field(key))));
        var documents = await collection.Find(all).Sort(sort).Limit(scan.Limit).ToListAsync(cancellationToken);
        return [.. documents.Select(map)];
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken) =>
        (int)await collection.CountDocumentsAsync(filter, cancellationToken: cancellationToken);
}
