using Goals.Domain;
using Goals.Storage.Abstractions;
using Goals.Storage.MongoDb;
using MongoDB.Bson;
using MongoDB.Driver;
using NodaTime;

namespace Goals.Storage.Tests.MongoDb;

/// <summary>The BSON shapes and client defaults, checked without a server.</summary>
public sealed class MongoMappingTests
{
    private static readonly Instant At = Instant.FromUtc(2026, 11, 24, 8, 30, 15) + Duration.FromMilliseconds(250);

    [Fact]
    public void A_goal_maps_to_plain_bson_and_back()
    {
        var goal = new GoalRecord(
            "01JDX", "auth0|42", "Read 24 Books", null, GoalCategory.Learning, GoalPattern.Cumulative, 24, "books",
            GoalPeriod.Month, new HashSet<IsoDayOfWeek> { IsoDayOfWeek.Sunday, IsoDayOfWeek.Monday }, null,
            new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31), GoalStatus.Completed, At, At, At, 4);

        var document = MongoDocuments.Goal(goal);
        var back = MongoDocuments.Goal(document);

        Assert.Equal(goal with { Schedule = back.Schedule }, back);
        Assert.True(goal.Schedule.SetEquals(back.Schedule));
        Assert.Equal(new BsonArray { 1, 7 }, document["schedule"]);
        Assert.Equal("2026-01-01", document["start_date"].AsString);
        Assert.Equal("read 24 books", document["title_key"].AsString);
        Assert.Equal(At.ToUnixTimeMilliseconds(), document["created_at"].AsBsonDateTime.MillisecondsSinceEpoch);
        Assert.Equal(BsonNull.Value, document["description"]);
    }

    [Fact]
    public void A_goal_s_reminder_time_is_a_wall_clock_string_and_a_document_written_before_it_reads_as_none()
    {
        var goal = new GoalRecord(
            "01JDY", "auth0|42", "Stretch", null, GoalCategory.Fitness, GoalPattern.Habit, 1, null, GoalPeriod.Day,
            GoalDefinition.EveryDay, null, new LocalDate(2026, 1, 1), null, GoalStatus.Active, At, At, null, 1,
            ReminderTime: new LocalTime(7, 30));

        var document = MongoDocuments.Goal(goal);
        Assert.Equal("07:30:00", document["reminder_time"].AsString);
        Assert.Equal(new LocalTime(7, 30), MongoDocuments.Goal(document).ReminderTime);

        document.Remove("reminder_time");
        Assert.Null(MongoDocuments.Goal(document).ReminderTime);
    }

    [Fact]
    public void An_activity_without_a_key_has_no_key_field_so_the_partial_unique_index_ignores_it()
    {
        var activity = new ActivityRecord("a1", "u", "g", At, new LocalDate(2026, 11, 24), 2.5, "note", null, At, At);

        var document = MongoDocuments.Activity(activity);

        Assert.False(document.Contains("idempotency_key"));
        Assert.Equal(activity, MongoDocuments.Activity(document));
        Assert.Equal("k", MongoDocuments.Activity(MongoDocuments.Activity(activity with { IdempotencyKey = "k" })).IdempotencyKey);
    }

    [Fact]
    public void A_notification_maps_to_bson_and_back()
    {
        var notification = new NotificationRecord(
            "n1", "u", 42, NotificationKind.BehindPace, "Behind", "g", "g:pace:2026-11-24", "{}", At, true);

        var document = MongoDocuments.Notification(notification);

        Assert.Equal(notification, MongoDocuments.Notification(document));
        Assert.Equal(BsonType.Int64, document["sequence"].BsonType);
        Assert.Equal("BehindPace", document["kind"].AsString);
    }

    [Fact]
    public void A_users_document_without_reminder_fields_reads_as_never_chosen_and_each_field_as_its_choice()
    {
        var document = new BsonDocument
        {
            ["_id"] = "auth0|42", ["time_zone"] = "Europe/Berlin", ["day_starts_at"] = "04:00:00", ["week_start"] = "Sunday",
            ["created_at"] = new BsonDateTime(At.ToUnixTimeMilliseconds()), ["updated_at"] = new BsonDateTime(At.ToUnixTimeMilliseconds()),
        };

        var neverChosen = MongoUserStore.Read(document);
        var atSeven = MongoUserStore.Read(new BsonDocument(document) { [MongoUserStore.StreakReminderHour] = 7 });
        var off = MongoUserStore.Read(new BsonDocument(document) { [MongoUserStore.StreakReminderOff] = true });

        Assert.Equal(
            new UserRecord("auth0|42", new UserSettings(DateTimeZoneProviders.Tzdb["Europe/Berlin"], new LocalTime(4, 0), IsoDayOfWeek.Sunday), At, At),
            neverChosen);
        Assert.Equal(StreakReminderChoice.At(7), atSeven.StreakReminder);
        Assert.Equal(StreakReminderChoice.Off, off.StreakReminder);
    }

    [Fact]
    public void Writes_default_to_majority_and_retryable_unless_the_connection_string_says_otherwise()
    {
        var defaults = MongoSettings.Parse("mongodb://db.example:27017");
        var explicitly = MongoSettings.Parse("mongodb://db.example:27017/app?w=1&retryWrites=false&serverSelectionTimeoutMS=2000");

        Assert.Equal((WriteConcern.WMajority, true, "goals", TimeSpan.FromSeconds(10)),
            (defaults.ClientSettings.WriteConcern, defaults.ClientSettings.RetryWrites, defaults.DatabaseName,
                defaults.ClientSettings.ServerSelectionTimeout));
        Assert.Equal((new WriteConcern(1), false, "app", TimeSpan.FromSeconds(2)),
            (explicitly.ClientSettings.WriteConcern, explicitly.ClientSettings.RetryWrites, explicitly.DatabaseName,
                explicitly.ClientSettings.ServerSelectionTimeout));
    }

    [Theory]
    [InlineData("mongodb://db.example:27017/app?serverSelectionTimeoutMS=500")]
    [InlineData("mongodb://db.example:27017/app?serverSelectionTimeout=500ms")]
    [InlineData("mongodb://db.example:27017/app?ServerSelectionTimeoutMs=500")]
    public void A_server_selection_timeout_in_either_spelling_is_kept_not_replaced_by_the_default(string connectionString)
    {
        Assert.Equal(TimeSpan.FromMilliseconds(500), MongoSettings.Parse(connectionString).ClientSettings.ServerSelectionTimeout);
    }
}
