using Goals.Paging;
using Goals.Domain;
using Goals.Storage.Abstractions;
using Goals.Storage.Filtering;
using Goals.Storage.Paging;
using MongoDB.Bson;
using MongoDB.Driver;
using NodaTime;

namespace Goals.Storage.MongoDb;

/// <summary>
/// Optimistic updates are one conditional findOneAndUpdate on (id, owner, version). Deleting removes the goal first,
/// so its dependents become unreachable at once; their cleanup follows and is repeated by a later delete if cut short.
/// Every write that changed a goal then moves the owner's goals version (ADR 0163), after the goal write.
/// </summary>
public sealed partial class MongoGoalStore(MongoDatabaseContext context, IClock clock, IdGenerator ids) : IGoalStore
{
    private static readonly FilterDefinitionBuilder<BsonDocument> F = Builders<BsonDocument>.Filter;

    public async Task<GoalRecord?> GetAsync(string ownerId, string goalId, CancellationToken cancellationToken)
    {
        var document = await context.Goals.Find(Owned(ownerId, goalId)).FirstOrDefaultAsync(cancellationToken);
        return document is null ? null : MongoDocuments.Goal(document);
    }

    public async Task<IReadOnlyDictionary<string, GoalRecord>> GetManyAsync(
        string ownerId, IReadOnlyCollection<string> goalIds, CancellationToken cancellationToken)
    {
        var documents = await context.Goals.Find(F.Eq("owner_id", ownerId) & F.In("_id", goalIds.Distinct()))
            .ToListAsync(cancellationToken);
        return documents.Select(MongoDocuments.Goal).ToDictionary(goal => goal.Id);
    }

    public Task<Page<GoalRecord>> ListAsync(
        string ownerId, ListFilter filter, IReadOnlyList<GoalSort> sort, PageRequest page,
        CancellationToken cancellationToken)
    {
        var order = Orders.Goals(sort, filter);
        var where = F.Eq("owner_id", ownerId) & MongoFilter.Build(filter, FilterFields.Goals);
        var source = new MongoKeysetSource<GoalRecord>(context.Goals, where, order, MongoDocuments.Goal);
        return KeysetPager.PageAsync(order, page, source, goal => Orders.GoalValues(order, goal), cancellationToken);
    }

    public async Task<int> CountNonArchivedAsync(string ownerId, CancellationToken cancellationToken) =>
        (int)await context.Goals.CountDocumentsAsync(
            F.Eq("owner_id", ownerId) & F.Ne("status", StoredValues.ToText(GoalStatus.Archived)),
            cancellationToken: cancellationToken);

    public async Task<GoalRecord> CreateAsync(NewGoal goal, CancellationToken cancellationToken)
    {
        var record = await InsertAsync(goal, cancellationToken);
        await MongoDataVersions.BumpGoalsAsync(context, record.OwnerId, cancellationToken);
        return record;
    }

    private async Task<GoalRecord> InsertAsync(NewGoal goal, CancellationToken cancellationToken)
    {
        var now = StoredValues.Truncate(clock.GetCurrentInstant());
        var record = new GoalRecord(
            ids.NewId(), goal.OwnerId, goal.Title, goal.Description, goal.Category, goal.Pattern, goal.Target,
            goal.Unit, goal.Period, goal.Schedule, goal.MinAmount, goal.StartDate, goal.Deadline, goal.Status, now, now,
            goal.Status == GoalStatus.Completed ? now : null, 1, DataVersion: 1, ReminderTime: goal.ReminderTime);
        await context.Goals.InsertOneAsync(MongoDocuments.Goal(record), cancellationToken: cancellationToken);
        return record;
    }

    public async Task<GoalUpdateResult> UpdateAsync(
        string ownerId, string goalId, int expectedVersion, GoalChanges changes, CancellationToken cancellationToken)
    {
        var update = Builders<BsonDocument>.Update
            .Set("title", changes.Title).Set("title_key", StoredValues.TitleKey(changes.Title))
            .Set("description", MongoValues.Text(changes.Description))
            .Set("category", StoredValues.ToText(changes.Category)).Set("target", changes.Target)
            .Set("unit", MongoValues.Text(changes.Unit))
            .Set("schedule", new BsonArray(changes.Schedule.Select(day => (int)day).Order()))
            .Set("min_amount", MongoValues.Number(changes.MinAmount)).Set("deadline", MongoValues.Date(changes.Deadline))
            .Set("status", StoredValues.ToText(changes.Status)).Set("completed_at", MongoValues.Instant(changes.CompletedAt))
            .Set("reminder_time", MongoValues.Time(changes.ReminderTime))
            .Set("updated_at", MongoValues.Instant(clock.GetCurrentInstant()))
            .Inc("version", 1)
            .Inc(MongoDataVersions.Field, 1L)
            .Unset(MongoCheckpointStore.Field); // an edit may change the definition it was folded with
        var updated = await context.Goals.FindOneAndUpdateAsync(
            Owned(ownerId, goalId) & F.Eq("version", expectedVersion), update,
            new FindOneAndUpdateOptions<BsonDocument> { ReturnDocument = ReturnDocument.After }, cancellationToken);
        if (updated is not null)
        {
            await MongoDataVersions.BumpGoalsAsync(context, ownerId, cancellationToken);
            return new GoalUpdateResult.Updated(MongoDocuments.Goal(updated));
        }

        var current = await GetAsync(ownerId, goalId, cancellationToken);
        return current is null ? GoalUpdateResult.NotFound.Instance : new GoalUpdateResult.Conflict(current.Version);
    }

    public async Task<bool> DeleteAsync(string ownerId, string goalId, CancellationToken cancellationToken)
    {
        var deleted = await context.Goals.DeleteOneAsync(Owned(ownerId, goalId), cancellationToken);
        if (deleted.DeletedCount == 0)
        {
            return false;
        }

        // Right after the goal itself: its dependents are unreachable already, and a cleanup cut short must not leave
        // the deleted goal in a list kept under the current goals version.
        await MongoDataVersions.BumpGoalsAsync(context, ownerId, cancellationToken);

        var byGoal = F.Eq("goal_id", goalId);
        foreach (var collection in (IMongoCollection<BsonDocument>[])
                 [context.Activities, context.DayTotals, context.Skips, context.Pauses, context.Snapshots])
        {
            await collection.DeleteManyAsync(byGoal, cancellationToken);
        }

        return true;
    }

    internal static FilterDefinition<BsonDocument> Owned(string ownerId, string goalId) =>
        F.Eq("_id", goalId) & F.Eq("owner_id", ownerId);
}
