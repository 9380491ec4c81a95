using Goals.Domain.Evaluation;
using Goals.Storage.Abstractions;
using MongoDB.Bson;
using MongoDB.Driver;
using NodaTime;

namespace Goals.Storage.MongoDb;

/// <summary>
/// A goal's engine checkpoint is the <c>checkpoint</c> field of its goal document, not a collection of its own: without
/// transactions, only one document makes both halves single atomic updates. A put matches the goal's
/// <c>data_version</c> as its writer read it; the bump of every activity write drops a checkpoint dated on or after the
/// write's earliest date in the same update (<see cref="BumpAndDropFrom"/>). So a checkpoint folded from day totals
/// that a write then changed is either refused (put after the bump) or dropped by the bump (put before it), and a
/// reader that sees the new version never sees the old checkpoint. Goal deletion and account erasure take it along.
/// </summary>
public sealed class MongoCheckpointStore(MongoDatabaseContext context) : ICheckpointStore
{
    internal const string Field = "checkpoint";

    private static readonly FilterDefinitionBuilder<BsonDocument> F = Builders<BsonDocument>.Filter;

    public async Task<IReadOnlyDictionary<string, StoredCheckpoint>> GetForGoalsAsync(
        string ownerId, IReadOnlyCollection<string> goalIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(goalIds);
        if (goalIds.Count == 0)
            return new Dictionary<string, StoredCheckpoint>(StringComparer.Ordinal);
        var documents = await context.Goals
            .Find(F.In("_id", goalIds.Distinct()) & F.Eq("owner_id", ownerId) & F.Exists(Field))
            .Project(Builders<BsonDocument>.Projection.Include(Field)).ToListAsync(cancellationToken);
        return documents.ToDictionary(document => document["_id"].AsString, Read, StringComparer.Ordinal);
    }

    public async Task<bool> PutAsync(
        string ownerId, string goalId, long dataVersion, EvaluationCheckpoint checkpoint,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        var result = await context.Goals.UpdateOneAsync(
            F.Eq("_id", goalId) & F.Eq("owner_id", ownerId) & F.Eq(MongoDataVersions.Field, dataVersion),
            Builders<BsonDocument>.Update.Set(Field, Document(checkpoint, dataVersion)),
            cancellationToken: cancellationToken);
        return result.MatchedCount == 1;
    }

    /// <summary>
    /// A pipeline update of a goal: its data version +1, <paramref name="touchedAt"/> as <c>updated_at</c> if later,
    /// and its checkpoint removed when dated on or after <paramref name="earliest"/> (ISO dates compare as text).
    /// </summary>
    internal static UpdateDefinition<BsonDocument> BumpAndDropFrom(LocalDate earliest, Instant? touchedAt = null)
    {
        var set = new BsonDocument
        {
            {
                MongoDataVersions.Field,
                new BsonDocument("$add", new BsonArray { new BsonDocument("$ifNull", new BsonArray { "$" + MongoDataVersions.Field, 0L }), 1L })
            },
            {
                Field,
                new BsonDocument("$cond", new BsonArray
                {
                    new BsonDocument("$gte", new BsonArray { "$" + Field + ".date", StoredValues.ToText(earliest) }),
                    "$$REMOVE",
                    "$" + Field,
                })
            },
        };
        if (touchedAt is { } at)
            set.Add("updated_at", new BsonDocument("$max", new BsonArray { "$updated_at", MongoValues.Instant(at) }));
        return Builders<BsonDocument>.Update.Pipeline(new BsonDocument[] { new("$set", set) });
    }

    /// <summary>Drops the checkpoints of the owner's goals dated on or after <paramref name="from"/> (a vacation).</summary>
    internal static Task DropOwnerFromAsync(
        MongoDatabaseContext context, string ownerId, LocalDate from, CancellationToken cancellationToken) =>
        context.Goals.UpdateManyAsync(
            F.Eq("owner_id", ownerId) & F.Gte(Field + ".date", StoredValues.ToText(from)),
            Builders<BsonDocument>.Update.Unset(Field), cancellationToken: cancellationToken);

    // Doubles are stored as BSON doubles (binary64), so they come back bit for bit.
    private static BsonDocument Document(EvaluationCheckpoint checkpoint, long dataVersion) => new()
    {
        { "date", MongoValues.Date(checkpoint.Date) }, { "read_from", MongoValues.Date(checkpoint.ReadFrom) },
        { "current_run", checkpoint.CurrentRun }, { "run_started_on", MongoValues.Date(checkpoint.RunStartedOn) },
        { "longest_run", checkpoint.LongestRun }, { "strength_score", checkpoint.StrengthScore },
        { "strength_rolling", checkpoint.StrengthRolling }, { "total", checkpoint.Total },
        { "inputs", checkpoint.Inputs }, { "data_version", dataVersion },
    };

    private static StoredCheckpoint Read(BsonDocument goal)
    {
        var c = goal[Field].AsBsonDocument;
        return new StoredCheckpoint(
            goal["_id"].AsString,
            c["data_version"].ToInt64(),
            new EvaluationCheckpoint(
                MongoValues.ReadDate(c["date"]), MongoValues.ReadDate(c["read_from"]), c["current_run"].ToInt32(),
                MongoValues.ReadNullableDate(c["run_started_on"]), c["longest_run"].ToInt32(),
                c["strength_score"].ToDouble(), c["strength_rolling"].ToDouble(), c["total"].ToDouble(),
                c["inputs"].ToInt64()));
    }
}
