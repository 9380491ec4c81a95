using MongoDB.Bson;
using MongoDB.Driver;

namespace Goals.Storage.MongoDb;

/// <summary>
/// Day-total documents: <c>{ _id: { g, d }, goal_id, date, amount, count, entries: { activityId: amount } }</c>.
/// Changes are <c>$inc</c> updates guarded by the entry value they were computed from; a guard that misses means
/// someone else changed the day first, so the step re-reads and tries again.
/// </summary>
internal static class MongoDayTotals
{
    private static readonly FilterDefinitionBuilder<BsonDocument> F = Builders<BsonDocument>.Filter;
    private static readonly UpdateDefinitionBuilder<BsonDocument> U = Builders<BsonDocument>.Update;

    public static FilterDefinition<BsonDocument> Day(string goalId, string date) =>
        F.Eq("_id", MongoValues.Key("g", goalId, "d", date));

    public static async Task SetEntryAsync(
        MongoDatabaseContext context, string goalId, string date, string activityId, double amount, int attempts,
        CancellationToken cancellationToken)
    {
        var entry = Entry(activityId);
        for (var attempt = 0; attempt < attempts; attempt++)
        {
            var current = await ReadEntryAsync(context, goalId, date, activityId, cancellationToken);
            if (current == amount)
            {
                return;
            }

            if (current is { } previous)
            {
                var changed = await context.DayTotals.UpdateOneAsync(
                    Day(goalId, date) & F.Eq(entry, previous), U.Set(entry, amount).Inc("amount", amount - previous),
                    cancellationToken: cancellationToken);
                if (changed.MatchedCount == 1)
                {
                    return;
                }

                continue;
            }

            try
            {
                await context.DayTotals.UpdateOneAsync(
                    Day(goalId, date) & F.Exists(entry, false),
                    U.Set(entry, amount).Set("goal_id", goalId).Set("date", date).Inc("amount", amount).Inc("count", 1),
                    new UpdateOptions { IsUpsert = true }, cancellationToken);
                return;
            }
            catch (MongoWriteException e) when (MongoValues.IsDuplicateKey(e))
            {
                // The day document appeared (or already held the entry) between our read and the upsert: re-read.
            }
        }

        throw new MongoDayTotalsContentionException(goalId, date);
    }

    public static async Task RemoveEntryAsync(
        MongoDatabaseContext context, string goalId, string date, string activityId, int attempts,
        CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < attempts; attempt++)
        {
            if (await ReadEntryAsync(context, goalId, date, activityId, cancellationToken) is not { } previous)
            {
                return;
            }

            var removed = await context.DayTotals.UpdateOneAsync(
                Day(goalId, date) & F.Eq(Entry(activityId), previous),
                U.Unset(Entry(activityId)).Inc("amount", -previous).Inc("count", -1),
                cancellationToken: cancellationToken);
            if (removed.MatchedCount == 1)
            {
                await context.DayTotals.DeleteOneAsync(Day(goalId, date) & F.Lte("count", 0), cancellationToken);
                return;
            }
        }

        throw new MongoDayTotalsContentionException(goalId, date);
    }

    private static string Entry(string activityId) => "entries." + activityId;

    private static async Task<double?> ReadEntryAsync(
        MongoDatabaseContext context, string goalId, string date, string activityId, CancellationToken cancellationToken)
    {
        var document = await context.DayTotals.Find(Day(goalId, date))
            .Project(Builders<BsonDocument>.Projection.Include(Entry(activityId)))
            .FirstOrDefaultAsync(cancellationToken);
        return document is not null && document.TryGetValue("entries", out var entries)
            && entries.AsBsonDocument.TryGetValue(activityId, out var value)
            ? value.ToDouble()
            : null;
    }
}

/// <summary>A day's totals kept changing under a guarded update more times than is plausible.</summary>
public sealed class MongoDayTotalsContentionException(string goalId, string date)
    : Exception($"The day total of goal {goalId} on {date} kept changing; the activity stays marked for a later sync.");
