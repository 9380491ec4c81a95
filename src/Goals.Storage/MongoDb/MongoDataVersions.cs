using MongoDB.Bson;
using MongoDB.Driver;
using NodaTime;

namespace Goals.Storage.MongoDb;

/// <summary>
/// Data versions (ADR 0135) and the user's goals version (ADR 0163) on MongoDB: one single-document <c>$inc</c> by
/// <c>_id</c>, issued after the write it stands for. Without a transaction the data and the version cannot change
/// together, so the data goes first: a reader that sees the new version (readers read the version first) is then
/// guaranteed to see the data; one that read the old version with the new data keeps it under a version nobody asks
/// for once the bump lands. A document written before a version existed has no field and reads as 0.
/// </summary>
internal static class MongoDataVersions
{
    public const string Field = "data_version";

    public const string GoalsField = "goals_version";

    private static readonly FilterDefinitionBuilder<BsonDocument> F = Builders<BsonDocument>.Filter;

    // Only the owner is needed back from a goal's bump: whose goals version moves next.
    private static readonly FindOneAndUpdateOptions<BsonDocument> OwnerOnly =
        new() { Projection = Builders<BsonDocument>.Projection.Include("owner_id") };

    public static UpdateDefinition<BsonDocument> Bump { get; } = Builders<BsonDocument>.Update.Inc(Field, 1L);

    private static UpdateDefinition<BsonDocument> BumpGoals { get; } = Builders<BsonDocument>.Update.Inc(GoalsField, 1L);

    /// <summary>
    /// Moves the goal's data version, then its owner's goals version: after the write, and the owner's last, so a
    /// reader that sees the new goals version sees the new goal data version too.
    /// </summary>
    /// <param name="dropCheckpointFrom">The first day the write excuses or not: a checkpoint dated then or later goes.</param>
    public static async Task BumpGoalAsync(
        MongoDatabaseContext context, string goalId, LocalDate dropCheckpointFrom, CancellationToken cancellationToken)
    {
        var goal = await context.Goals.FindOneAndUpdateAsync(
            F.Eq("_id", goalId), MongoCheckpointStore.BumpAndDropFrom(dropCheckpointFrom), OwnerOnly, cancellationToken);
        if (goal is not null)
        {
            await BumpGoalsAsync(context, goal["owner_id"].AsString, cancellationToken);
        }
    }

    public static Task BumpUserAsync(MongoDatabaseContext context, string userId, CancellationToken cancellationToken) =>
        context.Users.UpdateOneAsync(F.Eq("_id", userId), Bump, cancellationToken: cancellationToken);

    /// <summary>
    /// Moves the user's goals version after a write of one of their goals has completed. No upsert: a user not stored
    /// yet has nothing to move, and whoever stores them reads the goals afterwards.
    /// </summary>
    public static Task BumpGoalsAsync(MongoDatabaseContext context, string ownerId, CancellationToken cancellationToken) =>
        context.Users.UpdateOneAsync(F.Eq("_id", ownerId), BumpGoals, cancellationToken: cancellationToken);

    /// <summary>
    /// A goal's pause moves that goal's version (and its owner's goals version); a vacation the user's, after dropping
    /// the checkpoints of the user's goals dated on or after <paramref name="changedFrom"/> (their fingerprints would
    /// refuse them anyway).
    /// </summary>
    public static async Task BumpAsync(
        MongoDatabaseContext context, string userId, string? goalId, LocalDate changedFrom,
        CancellationToken cancellationToken)
    {
        if (goalId is not null)
        {
            await BumpGoalAsync(context, goalId, changedFrom, cancellationToken);
            return;
        }

        await MongoCheckpointStore.DropOwnerFromAsync(context, userId, changedFrom, cancellationToken);
        await BumpUserAsync(context, userId, cancellationToken);
    }

    public static long Read(BsonDocument document) => document.GetValue(Field, 0L).ToInt64();

    public static long ReadGoals(BsonDocument document) => document.GetValue(GoalsField, 0L).ToInt64();
}
