using Goals.Domain;
using Goals.Storage.Abstractions;
using Goals.Storage.MongoDb;
using MongoDB.Bson;
using NodaTime;

namespace Goals.Storage.Tests.MongoDb;

/// <summary>Documents for the fake server to answer with, shaped by the adapter's own mapping.</summary>
internal static class StoredDocuments
{
    public static readonly Instant At = Instant.FromUtc(2026, 11, 20, 9, 15);

    public static LocalDate Nov(int day) => new(2026, 11, day);

    public static GoalRecord GoalRecord(string id, string ownerId = "user-1", int version = 3) => new(
        id, ownerId, "Read 24 Books", null, GoalCategory.Learning, GoalPattern.Cumulative, 24, "books", GoalPeriod.Month,
        GoalDefinition.EveryDay, null, Nov(1), null, GoalStatus.Active, At, At, null, version);

    public static BsonDocument Goal(string id, string ownerId = "user-1", int version = 3) =>
        MongoDocuments.Goal(GoalRecord(id, ownerId, version));

    public static ActivityRecord ActivityRecord(string id, LocalDate date, double amount = 2) =>
        new(id, "user-1", "goal-1", At, date, amount, "pages", null, At, At);

    /// <summary>An activity as stored, with the sync fields the adapter keeps on it.</summary>
    public static BsonDocument Activity(
        string id, LocalDate date, double amount = 2, bool dirty = false, bool deleted = false, params LocalDate[] entryDates)
    {
        var document = MongoDocuments.Activity(ActivityRecord(id, date, amount));
        if (dirty)
        {
            document["dirty"] = true;
        }

        if (deleted)
        {
            document["deleted"] = true;
        }

        if (entryDates.Length > 0)
        {
            document["entry_dates"] = new BsonArray(entryDates.Select(StoredValues.ToText));
        }

        return document;
    }

    /// <summary>A day-total document as the ReadEntry projection returns it: only the one activity's entry.</summary>
    public static BsonDocument DayEntry(string activityId, double amount) =>
        new() { { "_id", MongoValues.Key("g", "goal-1", "d", "2026-11-20") }, { "entries", new BsonDocument(activityId, amount) } };

    public static BsonDocument Notification(string id, long sequence, string? uniqueKey = null) =>
        MongoDocuments.Notification(new NotificationRecord(
            id, "user-1", sequence, NotificationKind.MilestoneReached, "Halfway there", "goal-1", uniqueKey, null, At, false));
}
