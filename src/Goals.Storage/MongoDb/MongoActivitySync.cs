using MongoDB.Bson;
using MongoDB.Driver;
using NodaTime;

namespace Goals.Storage.MongoDb;

/// <summary>
/// Brings a goal's day totals in line with one activity document, with single-document atomic updates only.
/// The activity holds the intent (<c>date</c>, <c>amount</c>, <c>deleted</c>) and <c>dirty</c> while a sync is due;
/// each day-total document holds what it counted per activity (<c>entries.&lt;activityId&gt;</c>), which is the truth
/// a sync reads. Every totals step is guarded by the exact entry value it read, so a step that runs twice (retry,
/// crash and resume) changes nothing the second time. The goal's <c>updated_at</c> and data version move last, then
/// the owner's goals version. Syncs of one activity take turns through a short lock on the activity document, so the
/// last sync always works from the last edit.
/// </summary>
public sealed class MongoActivitySync(MongoDatabaseContext context, IClock clock)
{
    private const int GuardedAttempts = 16;
    private static readonly Duration LockTime = Duration.FromSeconds(30);
    private static readonly FilterDefinitionBuilder<BsonDocument> F = Builders<BsonDocument>.Filter;
    private static readonly UpdateDefinitionBuilder<BsonDocument> U = Builders<BsonDocument>.Update;

    public async Task SyncAsync(string activityId, CancellationToken cancellationToken)
    {
        var token = Guid.NewGuid().ToString("N");
        var activity = await LockAsync(activityId, token, cancellationToken);
        if (activity is null)
        {
            return;
        }

        try
        {
            await ApplyAsync(activity, token, cancellationToken);
        }
        finally
        {
            // Released even when the sync failed half-way, so the next attempt need not wait for the lock to expire.
            await context.Activities.UpdateOneAsync(
                F.Eq("_id", activityId) & F.Eq("sync_lock", token), U.Unset("sync_lock").Unset("sync_until"),
                cancellationToken: CancellationToken.None);
        }
    }

    /// <summary>Finishes syncs a crash cut short; run at start-up, harmless to run any time.</summary>
    public async Task ResumeInterruptedAsync(CancellationToken cancellationToken)
    {
        var dirty = await context.Activities.Find(F.Eq("dirty", true))
            .Project(Builders<BsonDocument>.Projection.Include("_id")).ToListAsync(cancellationToken);
        foreach (var document in dirty)
        {
            await SyncAsync(document["_id"].AsString, cancellationToken);
        }
    }

    private async Task ApplyAsync(BsonDocument activity, string token, CancellationToken cancellationToken)
    {
        var activityId = activity["_id"].AsString;
        var goalId = activity["goal_id"].AsString;
        var date = activity["date"].AsString;
        var amount = activity["amount"].ToDouble();
        var deleted = activity.GetValue("deleted", false).ToBoolean();
        var hinted = activity.GetValue("entry_dates", new BsonArray()).AsBsonArray.Select(day => day.AsString);
        var leaving = hinted.Where(day => deleted || day != date).ToList();
        // The first day whose total this sync changes: a checkpoint dated then or later has folded a stale total.
        var earliest = StoredValues.ToDate(leaving.Append(date).Min()!);
        foreach (var day in leaving)
        {
            await MongoDayTotals.RemoveEntryAsync(context, goalId, day, activityId, GuardedAttempts, cancellationToken);
            await context.Activities.UpdateOneAsync(
                F.Eq("_id", activityId), U.Pull("entry_dates", day), cancellationToken: cancellationToken);
        }

        if (!deleted)
        {
            // The hint is written before the entry, so no entry ever exists that its activity does not point to.
            await context.Activities.UpdateOneAsync(
                F.Eq("_id", activityId), U.AddToSet("entry_dates", date), cancellationToken: cancellationToken);
            await MongoDayTotals.SetEntryAsync(
                context, goalId, date, activityId, amount, GuardedAttempts, cancellationToken);
        }

        // After the totals, so a reader that sees the new data version also sees the totals it stands for. A sync
        // that runs again bumps again: an extra version costs a cache miss, a missing one a stale answer. The same
        // update drops a checkpoint the change makes stale (MongoCheckpointStore).
        await context.Goals.UpdateOneAsync(
            F.Eq("_id", goalId), MongoCheckpointStore.BumpAndDropFrom(earliest, clock.GetCurrentInstant()),
            cancellationToken: cancellationToken);
        // The owner's goals version last (ADR 0163): a reader that sees it sees the goal's new data version and totals.
        // The activity's owner is the goal's, checked when it was logged.
        await MongoDataVersions.BumpGoalsAsync(context, activity["owner_id"].AsString, cancellationToken);
        if (deleted)
        {
            await context.Activities.DeleteOneAsync(F.Eq("_id", activityId) & F.Eq("deleted", true), cancellationToken);
            return;
        }

        // Clean only if no edit arrived meanwhile; a newer edit keeps it dirty and runs its own sync after ours.
        await context.Activities.UpdateOneAsync(
            F.Eq("_id", activityId) & F.Eq("sync_lock", token) & F.Eq("date", date) & F.Eq("amount", amount),
            U.Unset("dirty"), cancellationToken: cancellationToken);
    }

    /// <summary>Takes the activity's sync lock (free or expired) and returns the document as locked.</summary>
    private async Task<BsonDocument?> LockAsync(string activityId, string token, CancellationToken cancellationToken)
    {
        while (true)
        {
            var now = clock.GetCurrentInstant();
            var locked = await context.Activities.FindOneAndUpdateAsync(
                F.Eq("_id", activityId)
                & (F.Exists("sync_lock", false) | F.Lte("sync_until", MongoValues.Instant(now))),
                U.Set("sync_lock", token).Set("sync_until", MongoValues.Instant(now + LockTime)),
                new FindOneAndUpdateOptions<BsonDocument> { ReturnDocument = ReturnDocument.After },
                cancellationToken);
            if (locked is not null)
            {
                return locked;
            }

            if (!await context.Activities.Find(F.Eq("_id", activityId)).AnyAsync(cancellationToken))
            {
                return null;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20), cancellationToken);
        }
    }
}
