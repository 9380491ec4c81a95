using MongoDB.Bson;
using MongoDB.Driver;

namespace Goals.Storage.MongoDb;

/// <summary>Every query's index; unique where a port promises uniqueness.</summary>
internal static class MongoIndexes
{
    public static async Task CreateAsync(MongoDatabaseContext context, CancellationToken cancellationToken)
    {
        await Create(context.Goals, cancellationToken,
            Index(new() { { "owner_id", 1 }, { "created_at", 1 }, { "_id", 1 } }),
            Index(new() { { "owner_id", 1 }, { "title_key", 1 }, { "_id", 1 } }),
            Index(new() { { "owner_id", 1 }, { "updated_at", 1 }, { "_id", 1 } }),
            Index(new() { { "owner_id", 1 }, { "start_date", 1 }, { "_id", 1 } }),
            Index(new() { { "owner_id", 1 }, { "status", 1 } }));
        await Create(context.Activities, cancellationToken,
            Index(new() { { "goal_id", 1 }, { "date", 1 }, { "occurred_at", 1 }, { "_id", 1 } }),
            Index(new() { { "goal_id", 1 }, { "occurred_at", 1 }, { "_id", 1 } }),
            Index(new() { { "goal_id", 1 }, { "amount", 1 }, { "_id", 1 } }),
            Unique(new() { { "owner_id", 1 }, { "idempotency_key", 1 } }, "idempotency_key"),
            Index(new() { { "dirty", 1 } }, new BsonDocument("dirty", true)));
        await Create(context.DayTotals, cancellationToken, Index(new() { { "goal_id", 1 }, { "date", 1 } }));
        await Create(context.Skips, cancellationToken, Index(new() { { "goal_id", 1 }, { "date", 1 } }));
        await Create(context.Pauses, cancellationToken,
            Index(new() { { "user_id", 1 }, { "goal_id", 1 }, { "from_date", 1 }, { "_id", 1 } }),
            Index(new() { { "goal_id", 1 } }));
        await Create(context.Notifications, cancellationToken,
            Unique(new() { { "user_id", 1 }, { "sequence", 1 } }, null),
            Index(new() { { "user_id", 1 }, { "read", 1 }, { "sequence", 1 } }),
            Index(new() { { "user_id", 1 }, { "created_at", 1 }, { "sequence", 1 } }),
            Unique(new() { { "user_id", 1 }, { "unique_key", 1 } }, "unique_key"));
        await Create(context.Snapshots, cancellationToken, Index(new() { { "goal_id", 1 }, { "date", 1 } }));
        await Create(context.Stats, cancellationToken, Index(new() { { "user_id", 1 }, { "date", 1 } }));
        // account deletion finds a user's checkpoints by scope (the second half of the { j, s } key)
        await Create(context.Checkpoints, cancellationToken, Index(new() { { "_id.s", 1 } }));
    }

    private static CreateIndexModel<BsonDocument> Index(BsonDocument keys, BsonDocument? partial = null) =>
        new(keys, new CreateIndexOptions<BsonDocument> { PartialFilterExpression = Filter(partial) });

    /// <param name="sparseField">When set, only documents having this field are constrained (an absent key is free).</param>
    private static CreateIndexModel<BsonDocument> Unique(BsonDocument keys, string? sparseField) =>
        new(keys, new CreateIndexOptions<BsonDocument>
        {
            Unique = true,
            PartialFilterExpression = Filter(
                sparseField is null ? null : new BsonDocument(sparseField, new BsonDocument("$exists", true))),
        });

    private static FilterDefinition<BsonDocument>? Filter(BsonDocument? filter) =>
        filter is null ? null : new BsonDocumentFilterDefinition<BsonDocument>(filter);

    private static async Task Create(
        IMongoCollection<BsonDocument> collection, CancellationToken cancellationToken,
        params CreateIndexModel<BsonDocument>[] models) =>
        await collection.Indexes.CreateManyAsync(models, cancellationToken);
}
