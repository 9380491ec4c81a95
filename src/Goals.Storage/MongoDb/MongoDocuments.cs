using Goals.Domain;
using Goals.Storage.Abstractions;
using MongoDB.Bson;
using NodaTime;
using static Goals.Storage.MongoDb.MongoValues;

namespace Goals.Storage.MongoDb;

/// <summary>Hand-written document mapping: the BSON shape is visible here and does not depend on conventions.</summary>
internal static class MongoDocuments
{
    public static BsonDocument Goal(GoalRecord g) => new()
    {
        { "_id", g.Id }, { "owner_id", g.OwnerId }, { "title", g.Title },
        { "title_key", StoredValues.TitleKey(g.Title) }, { "description", Text(g.Description) },
        { "category", StoredValues.ToText(g.Category) }, { "pattern", StoredValues.ToText(g.Pattern) },
        { "target", g.Target }, { "unit", Text(g.Unit) }, { "period", StoredValues.ToText(g.Period) },
        { "schedule", new BsonArray(g.Schedule.Select(day => (int)day).Order()) },
        { "min_amount", Number(g.MinAmount) }, { "start_date", Date(g.StartDate) }, { "deadline", Date(g.Deadline) },
        { "status", StoredValues.ToText(g.Status) }, { "created_at", Instant(g.CreatedAt) },
        { "updated_at", Instant(g.UpdatedAt) }, { "completed_at", Instant(g.CompletedAt) }, { "version", g.Version },
        { MongoDataVersions.Field, g.DataVersion },
        { "reminder_time", Time(g.ReminderTime) },
    };

    public static GoalRecord Goal(BsonDocument d) => new(
        d["_id"].AsString,
        d["owner_id"].AsString,
        d["title"].AsString,
        ReadText(d["description"]),
        StoredValues.ToEnum<GoalCategory>(d["category"].AsString),
        StoredValues.ToEnum<GoalPattern>(d["pattern"].AsString),
        d["target"].ToDouble(),
        ReadText(d["unit"]),
        StoredValues.ToEnum<GoalPeriod>(d["period"].AsString),
        d["schedule"].AsBsonArray.Select(day => (IsoDayOfWeek)day.ToInt32()).ToHashSet(),
        ReadNumber(d["min_amount"]),
        ReadDate(d["start_date"]),
        ReadNullableDate(d["deadline"]),
        StoredValues.ToEnum<GoalStatus>(d["status"].AsString),
        ReadInstant(d["created_at"]),
        ReadInstant(d["updated_at"]),
        ReadNullableInstant(d["completed_at"]),
        d["version"].ToInt32(),
        MongoDataVersions.Read(d),
        // Documents written before per-goal reminders have no field: they follow the user's hour.
        d.TryGetValue("reminder_time", out var reminder) ? ReadNullableTime(reminder) : null);

    /// <summary>An absent idempotency key is left out, so the partial unique index does not see it.</summary>
    public static BsonDocument Activity(ActivityRecord a)
    {
        var document = new BsonDocument
        {
            { "_id", a.Id }, { "owner_id", a.OwnerId }, { "goal_id", a.GoalId }, { "occurred_at", Instant(a.OccurredAt) },
            { "date", Date(a.Date) }, { "amount", a.Amount }, { "note", Text(a.Note) },
            { "created_at", Instant(a.CreatedAt) }, { "updated_at", Instant(a.UpdatedAt) },
        };
        if (a.IdempotencyKey is { } key)
        {
            document["idempotency_key"] = key;
        }

        return document;
    }

    public static ActivityRecord Activity(BsonDocument d) => new(
        d["_id"].AsString,
        d["owner_id"].AsString,
        d["goal_id"].AsString,
        ReadInstant(d["occurred_at"]),
        ReadDate(d["date"]),
        d["amount"].ToDouble(),
        ReadText(d["note"]),
        ReadText(d.GetValue("idempotency_key", BsonNull.Value)),
        ReadInstant(d["created_at"]),
        ReadInstant(d["updated_at"]));

    public static BsonDocument Notification(NotificationRecord n)
    {
        var document = new BsonDocument
        {
            { "_id", n.Id }, { "user_id", n.UserId }, { "sequence", n.Sequence },
            { "kind", StoredValues.ToText(n.Kind) }, { "message", n.Message }, { "goal_id", Text(n.GoalId) },
            { "data", Text(n.Data) }, { "created_at", Instant(n.CreatedAt) }, { "read", n.Read },
        };
        if (n.UniqueKey is { } key)
        {
            document["unique_key"] = key;
        }

        return document;
    }

    public static NotificationRecord Notification(BsonDocument d) => new(
        d["_id"].AsString,
        d["user_id"].AsString,
        d["sequence"].ToInt64(),
        StoredValues.ToEnum<NotificationKind>(d["kind"].AsString),
        d["message"].AsString,
        ReadText(d["goal_id"]),
        ReadText(d.GetValue("unique_key", BsonNull.Value)),
        ReadText(d["data"]),
        ReadInstant(d["created_at"]),
        d["read"].AsBoolean);

    public static PauseWindow Pause(BsonDocument d) => new(
        d["_id"].AsString, d["user_id"].AsString, ReadText(d["goal_id"]), ReadDate(d["from_date"]),
        ReadNullableDate(d["to_date"]));

    public static DayTotal DayTotal(BsonDocument d) => new(ReadDate(d["date"]), d["amount"].ToDouble(), d["count"].ToInt32());
}
