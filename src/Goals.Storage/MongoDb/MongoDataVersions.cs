using MongoDB.Bson;
using MongoDB.Driver;

namespace Goals.Storage.MongoDb;

/// <summary>
/// Data versions (ADR 0135) on MongoDB: one single-document <c>$inc</c> by <c>_id</c>, issued after the write it
/// stands for, so a reader that sees the new version also sees the new data. A document written before data versions
/// existed has no field and reads as 0; its first <c>$inc</c> makes it 1.
/// </summary>
internal static class MongoDataVersions
{
    public const string Field = "data_version";

    private static readonly FilterDefinitionBuilder<BsonDocument> F = Builders<BsonDocument>.Filter;

    public static UpdateDefinition<BsonDocument> Bump { get; } = Builders<BsonDocument>.Update.Inc(Field, 1L);

    public static Task BumpGoalAsync(MongoDatabaseContext context, string goalId, CancellationToken cancellationToken) =>
        context.Goals.UpdateOneAsync(F.Eq("_id", goalId), Bump, cancellationToken: cancellationToken);

    public static Task BumpUserAsync(MongoDatabaseContext context, string userId, CancellationToken cancellationToken) =>
        context.Users.UpdateOneAsync(F.Eq("_id", userId), Bump, cancellationToken: cancellationToken);

    /// <summary>A goal's pause moves that goal's version; a vacation (no goal) the user's.</summary>
    public static Task BumpAsync(
        MongoDatabaseContext context, string userId, string? goalId, CancellationToken cancellationToken) =>
        goalId is null ? BumpUserAsync(context, userId, cancellationToken) : BumpGoalAsync(context, goalId, cancellationToken);

    public static long Read(BsonDocument document) => document.GetValue(Field, 0L).ToInt64();
}
