using Goals.Storage.Abstractions;
using Goals.Storage.Paging;
using MongoDB.Bson;
using MongoDB.Driver;
using NodaTime;

namespace Goals.Storage.MongoDb;

/// <summary>
/// Each write first records its intent on the activity document (one atomic write: this is the acknowledged fact),
/// then <see cref="MongoActivitySync"/> carries it into the day totals. See docs/storage.md for what a reader can
/// observe in between.
/// </summary>
public sealed partial class MongoActivityStore(
    MongoDatabaseContext context, MongoActivitySync sync, IClock clock, IdGenerator ids) : IActivityStore
{
    private const int EditAttempts = 8;
    private static readonly FilterDefinitionBuilder<BsonDocument> F = Builders<BsonDocument>.Filter;
    private static readonly FilterDefinition<BsonDocument> Live = F.Exists("deleted", false);

    public async Task<AppendResult> AppendAsync(NewActivity activity, CancellationToken cancellationToken)
    {
        if (activity.IdempotencyKey is not null && await FirstWithKeyAsync(activity, cancellationToken) is { } first)
        {
            return first;
        }

        if (await context.Goals.Find(MongoGoalStore.Owned(activity.OwnerId, activity.GoalId))
                .AnyAsync(cancellationToken) is false)
        {
            return new AppendResult(AppendOutcome.GoalNotFound, null);
        }

        var now = StoredValues.Truncate(clock.GetCurrentInstant());
        var record = new ActivityRecord(
            ids.NewId(), activity.OwnerId, activity.GoalId, StoredValues.Truncate(activity.OccurredAt), activity.Date,
            activity.Amount, StoredValues.EmptyToNull(activity.Note), activity.IdempotencyKey, now, now);
        var document = MongoDocuments.Activity(record);
        document["dirty"] = true;
        try
        {
            await context.Activities.InsertOneAsync(document, cancellationToken: cancellationToken);
        }
        catch (MongoWriteException e) when (MongoValues.IsDuplicateKey(e))
        {
            // A concurrent append won (or a deletion of the first one is finishing): return it, or try again.
            return await FirstWithKeyAsync(activity, cancellationToken) ?? await AppendAsync(activity, cancellationToken);
        }

        await sync.SyncAsync(record.Id, cancellationToken);
        return new AppendResult(AppendOutcome.Created, record);
    }

    public async Task<ActivityRecord?> GetAsync(string ownerId, string activityId, CancellationToken cancellationToken)
    {
        var document = await context.Activities.Find(F.Eq("_id", activityId) & F.Eq("owner_id", ownerId) & Live)
            .FirstOrDefaultAsync(cancellationToken);
        return document is null ? null : MongoDocuments.Activity(document);
    }

    public async Task<ActivityUpdate?> UpdateAsync(
        string ownerId, string activityId, ActivityPatch patch, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < EditAttempts; attempt++)
        {
            var previous = await GetAsync(ownerId, activityId, cancellationToken);
            if (previous is null)
            {
                return null;
            }

            var current = previous with
            {
                Amount = patch.Amount ?? previous.Amount,
                Note = patch.Note is null ? previous.Note : StoredValues.EmptyToNull(patch.Note),
                Date = patch.Date ?? previous.Date,
                OccurredAt = patch.OccurredAt is { } occurred ? StoredValues.Truncate(occurred) : previous.OccurredAt,
                UpdatedAt = StoredValues.Truncate(clock.GetCurrentInstant()),
            };
            // Compare-and-set on what was read: a concurrent edit makes this match nothing, and we re-read.
            var result = await context.Activities.UpdateOneAsync(
                F.Eq("_id", activityId) & Live & F.Eq("date", MongoValues.Date(previous.Date))
                & F.Eq("amount", previous.Amount) & F.Eq("note", MongoValues.Text(previous.Note))
                & F.Eq("occurred_at", MongoValues.Instant(previous.OccurredAt))
                & F.Eq("updated_at", MongoValues.Instant(previous.UpdatedAt)),
                Builders<BsonDocument>.Update.Set("date", MongoValues.Date(current.Date)).Set("amount", current.Amount)
                    .Set("note", MongoValues.Text(current.Note))
                    .Set("occurred_at", MongoValues.Instant(current.OccurredAt))
                    .Set("updated_at", MongoValues.Instant(current.UpdatedAt)).Set("dirty", true),
                cancellationToken: cancellationToken);
            if (result.ModifiedCount == 1)
            {
                await sync.SyncAsync(activityId, cancellationToken);
                return new ActivityUpdate(previous, current);
            }
        }

        throw new InvalidOperationException($"Activity {activityId} kept changing during {EditAttempts} edit attempts.");
    }

    public async Task<ActivityRecord?> DeleteAsync(string ownerId, string activityId, CancellationToken cancellationToken)
    {
        var document = await context.Activities.FindOneAndUpdateAsync(
            F.Eq("_id", activityId) & F.Eq("owner_id", ownerId) & Live,
            Builders<BsonDocument>.Update.Set("deleted", true).Set("dirty", true),
            cancellationToken: cancellationToken);
        if (document is null)
        {
            return null;
        }

        await sync.SyncAsync(activityId, cancellationToken);
        return MongoDocuments.Activity(document);
    }

    private async Task<AppendResult?> FirstWithKeyAsync(NewActivity activity, CancellationToken cancellationToken)
    {
        var first = await context.Activities.Find(
                // $exists repeats the partial index's filter so the planner may use that index.
                F.Eq("owner_id", activity.OwnerId) & F.Exists("idempotency_key")
                & F.Eq("idempotency_key", activity.IdempotencyKey))
            .FirstOrDefaultAsync(cancellationToken);
        if (first is null)
        {
            return null;
        }

        if (first.GetValue("deleted", false).ToBoolean())
        {
            // A deleted activity frees its key; finish the deletion so the key can be used again.
            await sync.SyncAsync(first["_id"].AsString, cancellationToken);
            return null;
        }

        if (first.GetValue("dirty", false).ToBoolean())
        {
            // The first attempt may have died before its totals were written: a retry finishes its work.
            await sync.SyncAsync(first["_id"].AsString, cancellationToken);
        }

        return new AppendResult(AppendOutcome.Duplicate, MongoDocuments.Activity(first));
    }
}
