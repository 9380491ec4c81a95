using Goals.Domain;
using Goals.Storage.Abstractions;
using MongoDB.Bson;
using MongoDB.Driver;
using NodaTime;

namespace Goals.Storage.MongoDb;

public sealed class MongoUserStore(MongoDatabaseContext context, IClock clock) : IUserStore, IReminderPreferenceStore
{
    private static readonly FilterDefinitionBuilder<BsonDocument> F = Builders<BsonDocument>.Filter;

    public async Task<UserRecord> GetOrCreateAsync(string userId, CancellationToken cancellationToken)
    {
        var now = MongoValues.Instant(clock.GetCurrentInstant());
        // $setOnInsert only writes on creation: an existing user is returned unchanged, atomically.
        var update = DefaultCalendarOnInsert()
            .SetOnInsert("created_at", now)
            .SetOnInsert("updated_at", now)
            .SetOnInsert(MongoDataVersions.Field, 1L);
        return Read(await UpsertAsync(userId, update, cancellationToken));
    }

    public async Task<UserRecord> SaveSettingsAsync(
        string userId, UserSettings settings, CancellationToken cancellationToken)
    {
        var now = MongoValues.Instant(clock.GetCurrentInstant());
        var update = Builders<BsonDocument>.Update
            .Set("time_zone", settings.TimeZone.Id)
            .Set("day_starts_at", StoredValues.ToText(settings.DayStartsAt))
            .Set("week_start", StoredValues.ToText(settings.WeekStart))
            .SetOnInsert("created_at", now)
            .Set("updated_at", now)
            .Inc(MongoDataVersions.Field, 1L); // a new user's first settings make it 1
        return Read(await UpsertAsync(userId, update, cancellationToken));
    }

    public async Task<UserRecord> SaveStreakReminderAsync(
        string userId, StreakReminderChoice choice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(choice);
        var now = MongoValues.Instant(clock.GetCurrentInstant());
        // A reminder hour is no evaluation input: the data version is only set on a first sighting.
        var update = DefaultCalendarOnInsert().SetOnInsert("created_at", now).Set("updated_at", now)
            .SetOnInsert(MongoDataVersions.Field, 1L);
        update = choice.Hour is { } hour
            ? update.Set(StreakReminderHour, hour).Unset(StreakReminderOff)
            : update.Set(StreakReminderOff, true).Unset(StreakReminderHour);
        return Read(await UpsertAsync(userId, update, cancellationToken));
    }

    public async Task<IReadOnlyList<UserRecord>> ListAsync(string? afterId, int limit, CancellationToken cancellationToken)
    {
        var documents = await context.Users.Find(F.Gt("_id", afterId ?? string.Empty))
            .Sort(Builders<BsonDocument>.Sort.Ascending("_id")).Limit(limit).ToListAsync(cancellationToken);
        return [.. documents.Select(Read)];
    }

    private async Task<BsonDocument> UpsertAsync(
        string userId, UpdateDefinition<BsonDocument> update, CancellationToken cancellationToken)
    {
        var options = new FindOneAndUpdateOptions<BsonDocument> { IsUpsert = true, ReturnDocument = ReturnDocument.After };
        try
        {
            return await context.Users.FindOneAndUpdateAsync(F.Eq("_id", userId), update, options, cancellationToken);
        }
        catch (MongoCommandException e) when (MongoValues.IsDuplicateKey(e))
        {
            // Two first sightings raced on the upsert; the loser's retry finds the winner's document.
            return await context.Users.FindOneAndUpdateAsync(F.Eq("_id", userId), update, options, cancellationToken);
        }
    }

    private static UpdateDefinition<BsonDocument> DefaultCalendarOnInsert() => Builders<BsonDocument>.Update
        .SetOnInsert("time_zone", UserSettings.Default.TimeZone.Id)
        .SetOnInsert("day_starts_at", StoredValues.ToText(UserSettings.Default.DayStartsAt))
        .SetOnInsert("week_start", StoredValues.ToText(UserSettings.Default.WeekStart));

    /// <summary>
    /// Maps a users document. Neither reminder field present (every document written before reminders were a
    /// choice, and every user who never chose) reads as "no choice": the server's default hour applies. No goals
    /// version (a new user, or one stored before goals versions) reads as 0.
    /// </summary>
    internal static UserRecord Read(BsonDocument d) => new(
        d["_id"].AsString,
        StoredValues.Settings(d["time_zone"].AsString, d["day_starts_at"].AsString, d["week_start"].AsString),
        MongoValues.ReadInstant(d["created_at"]),
        MongoValues.ReadInstant(d["updated_at"]),
        d.GetValue(StreakReminderOff, false).ToBoolean() ? StreakReminderChoice.Off
            : d.TryGetValue(StreakReminderHour, out var hour) ? StreakReminderChoice.At(hour.ToInt32()) : null,
        MongoDataVersions.Read(d),
        MongoDataVersions.ReadGoals(d));

    internal const string StreakReminderHour = "streak_reminder_hour";
    internal const string StreakReminderOff = "streak_reminder_off";
}
