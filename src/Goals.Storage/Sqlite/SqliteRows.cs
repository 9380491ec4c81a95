using Goals.Domain;
using Goals.Storage.Abstractions;
using Microsoft.Data.Sqlite;

namespace Goals.Storage.Sqlite;

/// <summary>Column lists and the readers that map them, one pair per record type.</summary>
internal static class SqliteRows
{
    public const string GoalColumns =
        "id, owner_id, title, description, category, pattern, target, unit, period, schedule, min_amount, "
        + "start_date, deadline, status, created_at, updated_at, completed_at, version, data_version, reminder_time";

    public const string ActivityColumns =
        "id, owner_id, goal_id, occurred_at, date, amount, note, idempotency_key, created_at, updated_at";

    public const string NotificationColumns =
        "id, user_id, sequence, kind, message, goal_id, unique_key, data, created_at, read";

    public static GoalRecord Goal(SqliteDataReader r) => new(
        r.GetString(0),
        r.GetString(1),
        r.GetString(2),
        r.NullableString(3),
        StoredValues.ToEnum<GoalCategory>(r.GetString(4)),
        StoredValues.ToEnum<GoalPattern>(r.GetString(5)),
        r.GetDouble(6),
        r.NullableString(7),
        StoredValues.ToEnum<GoalPeriod>(r.GetString(8)),
        StoredValues.ToSchedule(r.GetString(9)),
        r.NullableDouble(10),
        StoredValues.ToDate(r.GetString(11)),
        r.IsDBNull(12) ? null : StoredValues.ToDate(r.GetString(12)),
        StoredValues.ToEnum<GoalStatus>(r.GetString(13)),
        StoredValues.ToInstant(r.GetInt64(14)),
        StoredValues.ToInstant(r.GetInt64(15)),
        r.IsDBNull(16) ? null : StoredValues.ToInstant(r.GetInt64(16)),
        r.GetInt32(17),
        r.GetInt64(18),
        r.IsDBNull(19) ? null : StoredValues.ToTime(r.GetString(19)));

    public static ActivityRecord Activity(SqliteDataReader r) => new(
        r.GetString(0),
        r.GetString(1),
        r.GetString(2),
        StoredValues.ToInstant(r.GetInt64(3)),
        StoredValues.ToDate(r.GetString(4)),
        r.GetDouble(5),
        r.NullableString(6),
        r.NullableString(7),
        StoredValues.ToInstant(r.GetInt64(8)),
        StoredValues.ToInstant(r.GetInt64(9)));

    public static NotificationRecord Notification(SqliteDataReader r) => new(
        r.GetString(0),
        r.GetString(1),
        r.GetInt64(2),
        StoredValues.ToEnum<NotificationKind>(r.GetString(3)),
        r.GetString(4),
        r.NullableString(5),
        r.NullableString(6),
        r.NullableString(7),
        StoredValues.ToInstant(r.GetInt64(8)),
        r.GetInt64(9) != 0);

    public static DayTotal DayTotal(SqliteDataReader r) =>
        new(StoredValues.ToDate(r.GetString(1)), r.GetDouble(2), r.GetInt32(3));
}
