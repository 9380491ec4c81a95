using Goals.Storage.Abstractions;
using MongoDB.Bson;
using MongoDB.Driver;
using NodaTime;

namespace Goals.Storage.MongoDb;

public sealed class MongoExcusalStore(MongoDatabaseContext context, IdGenerator ids) : IExcusalStore
{
    private static readonly FilterDefinitionBuilder<BsonDocument> F = Builders<BsonDocument>.Filter;

    // Every excusal write moves the data version of what it excuses after the write itself (ADR 0135), and for a goal
    // then its owner's goals version (ADR 0163). It does so even when the write changed nothing, so that repeating a
    // write cut short between the steps repairs them.
    public async Task<bool> AddSkipAsync(string goalId, LocalDate day, CancellationToken cancellationToken)
    {
        var date = StoredValues.ToText(day);
        bool added;
        try
        {
            var result = await context.Skips.UpdateOneAsync(
                F.Eq("_id", MongoValues.Key("g", goalId, "d", date)),
                Builders<BsonDocument>.Update.SetOnInsert("goal_id", goalId).SetOnInsert("date", date),
                new UpdateOptions { IsUpsert = true }, cancellationToken);
            added = result.UpsertedId is not null;
        }
        catch (MongoWriteException e) when (MongoValues.IsDuplicateKey(e))
        {
            added = false; // a concurrent skip of the same day inserted it first
        }

        await MongoDataVersions.BumpGoalAsync(context, goalId, day, cancellationToken);
        return added;
    }

    public async Task<bool> RemoveSkipAsync(string goalId, LocalDate day, CancellationToken cancellationToken)
    {
        var removed = await context.Skips.DeleteOneAsync(
            F.Eq("_id", MongoValues.Key("g", goalId, "d", StoredValues.ToText(day))), cancellationToken);
        await MongoDataVersions.BumpGoalAsync(context, goalId, day, cancellationToken);
        return removed.DeletedCount == 1;
    }

    public async Task<PauseWindow> AddPauseAsync(
        string userId, string? goalId, LocalDate start, LocalDate? end, CancellationToken cancellationToken)
    {
        var pause = new PauseWindow(ids.NewId(), userId, goalId, start, end);
        await context.Pauses.InsertOneAsync(
            new BsonDocument
            {
                { "_id", pause.Id }, { "user_id", userId }, { "goal_id", MongoValues.Text(goalId) },
                { "from_date", MongoValues.Date(start) }, { "to_date", MongoValues.Date(end) },
            },
            cancellationToken: cancellationToken);
        await MongoDataVersions.BumpAsync(context, userId, goalId, start, cancellationToken);
        return pause;
    }

    // Two idempotent steps: after a failure between them, calling again finishes the job.
    public async Task<int> EndPausesAsync(
        string userId, string? goalId, LocalDate resumeOn, CancellationToken cancellationToken)
    {
        var owned = F.Eq("user_id", userId) & F.Eq("goal_id", MongoValues.Text(goalId));
        var removed = await context.Pauses.DeleteManyAsync(
            owned & F.Gte("from_date", MongoValues.Date(resumeOn)), cancellationToken);
        var ended = await context.Pauses.UpdateManyAsync(
            owned & (F.Eq("to_date", BsonNull.Value) | F.Gte("to_date", MongoValues.Date(resumeOn))),
            Builders<BsonDocument>.Update.Set("to_date", MongoValues.Date(resumeOn.PlusDays(-1))),
            cancellationToken: cancellationToken);
        await MongoDataVersions.BumpAsync(context, userId, goalId, resumeOn, cancellationToken);
        return (int)(removed.DeletedCount + ended.ModifiedCount);
    }

    // The same two steps for one pause; the first removes it only when it starts on or after resumeOn, so at most one
    // of them matches. Both return the pause, which says whose data version moves.
    public async Task<bool> EndPauseAsync(
        string userId, string pauseId, LocalDate resumeOn, CancellationToken cancellationToken)
    {
        var owned = F.Eq("_id", pauseId) & F.Eq("user_id", userId);
        var changed = await context.Pauses.FindOneAndDeleteAsync(
                owned & F.Gte("from_date", MongoValues.Date(resumeOn)), cancellationToken: cancellationToken)
            ?? await context.Pauses.FindOneAndUpdateAsync(
                owned & (F.Eq("to_date", BsonNull.Value) | F.Gte("to_date", MongoValues.Date(resumeOn))),
                Builders<BsonDocument>.Update.Set("to_date", MongoValues.Date(resumeOn.PlusDays(-1))),
                cancellationToken: cancellationToken);
        return await BumpForAsync(changed, resumeOn, cancellationToken);
    }

    public async Task<bool> DeletePauseAsync(string userId, string pauseId, CancellationToken cancellationToken) =>
        await BumpForAsync(
            await context.Pauses.FindOneAndDeleteAsync(
                F.Eq("_id", pauseId) & F.Eq("user_id", userId), cancellationToken: cancellationToken),
            changedFrom: null, cancellationToken);

    public async Task<IReadOnlyList<PauseWindow>> ListVacationsAsync(string userId, CancellationToken cancellationToken)
    {
        var documents = await context.Pauses.Find(F.Eq("user_id", userId) & F.Eq("goal_id", BsonNull.Value))
            .Sort(Builders<BsonDocument>.Sort.Ascending("from_date").Ascending("_id")).ToListAsync(cancellationToken);
        return [.. documents.Select(MongoDocuments.Pause)];
    }

    public async Task<IReadOnlyDictionary<string, GoalExcusals>> GetForGoalsAsync(
        string userId, IReadOnlyCollection<string> goalIds, CancellationToken cancellationToken)
    {
        var requested = goalIds.Distinct().ToList();
        if (requested.Count == 0)
        {
            return new Dictionary<string, GoalExcusals>();
        }

        var skips = await context.Skips.Find(F.In("goal_id", requested))
            .Sort(Builders<BsonDocument>.Sort.Ascending("goal_id").Ascending("date")).ToListAsync(cancellationToken);
        var pauses = (await context.Pauses
                .Find(F.Eq("user_id", userId) & F.In("goal_id", requested.Select(id => (BsonValue)id).Append(BsonNull.Value)))
                .Sort(Builders<BsonDocument>.Sort.Ascending("from_date").Ascending("_id")).ToListAsync(cancellationToken))
            .Select(MongoDocuments.Pause).ToList();
        return requested.ToDictionary(
            id => id,
            id => new GoalExcusals(
                [.. skips.Where(s => s["goal_id"].AsString == id).Select(s => MongoValues.ReadDate(s["date"]))],
                [.. pauses.Where(pause => pause.GoalId is null || pause.GoalId == id)]));
    }

    /// <param name="changedFrom">The first day whose excusal changed; null: the pause's first day (it is gone).</param>
    private async Task<bool> BumpForAsync(BsonDocument? pause, LocalDate? changedFrom, CancellationToken cancellationToken)
    {
        if (pause is null)
        {
            return false;
        }

        await MongoDataVersions.BumpAsync(
            context, pause["user_id"].AsString, MongoValues.ReadText(pause["goal_id"]),
            changedFrom ?? MongoValues.ReadDate(pause["from_date"]), cancellationToken);
        return true;
    }
}
