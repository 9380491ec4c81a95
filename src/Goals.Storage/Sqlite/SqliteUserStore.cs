using Goals.Domain;
using Goals.Storage.Abstractions;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace Goals.Storage.Sqlite;

public sealed class SqliteUserStore(SqliteDatabase database, IClock clock) : IUserStore, IReminderPreferenceStore
{
    private const string InsertColumns = "id, time_zone, day_starts_at, week_start, created_at, updated_at";
    private const string Columns = InsertColumns + ", streak_reminder_hour, streak_reminder_off, data_version, goals_version";
    private const string InsertUser =
        $"INSERT INTO users ({InsertColumns}) VALUES (@id, @zone, @start, @week, @now, @now)";

    public async Task<UserRecord> GetOrCreateAsync(string userId, CancellationToken cancellationToken)
    {
        var existing = await database.ReadAsync(c => FindAsync(c, userId, cancellationToken), cancellationToken);
        return existing ?? await WriteAsync(
            userId, UserSettings.Default, $"{InsertUser} ON CONFLICT (id) DO NOTHING;", [], cancellationToken);
    }

    public Task<UserRecord> SaveSettingsAsync(string userId, UserSettings settings, CancellationToken cancellationToken) =>
        WriteAsync(
            userId, settings,
            $"""
            {InsertUser}
            ON CONFLICT (id) DO UPDATE SET time_zone = excluded.time_zone,
                day_starts_at = excluded.day_starts_at, week_start = excluded.week_start, updated_at = @now,
                data_version = data_version + 1;
            """,
            [], cancellationToken);

    public Task<UserRecord> SaveStreakReminderAsync(
        string userId, StreakReminderChoice choice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(choice);
        // A first sighting gets the default calendar, as with GetOrCreateAsync; then the choice lands on the row.
        return WriteAsync(
            userId, UserSettings.Default,
            $"""
            {InsertUser} ON CONFLICT (id) DO NOTHING;
            UPDATE users SET streak_reminder_hour = @hour, streak_reminder_off = @off, updated_at = @now WHERE id = @id;
            """,
            [("@hour", choice.Hour), ("@off", choice.Hour is null ? 1 : 0)], cancellationToken);
    }

    public async Task<IReadOnlyList<UserRecord>> ListAsync(string? afterId, int limit, CancellationToken cancellationToken) =>
        await database.ReadAsync(
            c => c.QueryAsync(
                $"SELECT {Columns} FROM users WHERE id > @after ORDER BY id LIMIT @limit;", Read, cancellationToken,
                ("@after", afterId ?? string.Empty), ("@limit", limit)),
            cancellationToken);

    private Task<UserRecord> WriteAsync(
        string userId, UserSettings settings, string sql, IEnumerable<(string, object?)> extra,
        CancellationToken cancellationToken) =>
        database.WriteAsync(
            async c =>
            {
                var now = StoredValues.ToMillis(clock.GetCurrentInstant());
                await c.ExecuteAsync(sql, cancellationToken, [.. Values(userId, settings), ("@now", now), .. extra]);
                return (await FindAsync(c, userId, cancellationToken))!;
            },
            cancellationToken);

    private static async Task<UserRecord?> FindAsync(
        SqliteConnection connection, string userId, CancellationToken cancellationToken) =>
        (await connection.QueryAsync(
            $"SELECT {Columns} FROM users WHERE id = @id;", Read, cancellationToken, ("@id", userId)))
        .SingleOrDefault();

    private static (string, object?)[] Values(string userId, UserSettings settings) =>
    [
        ("@id", userId),
        ("@zone", settings.TimeZone.Id),
        ("@start", StoredValues.ToText(settings.DayStartsAt)),
        ("@week", StoredValues.ToText(settings.WeekStart)),
    ];

    // Neither column set: the user never chose, and the server's default hour applies.
    private static UserRecord Read(SqliteDataReader r) => new(
        r.GetString(0),
        StoredValues.Settings(r.GetString(1), r.GetString(2), r.GetString(3)),
        StoredValues.ToInstant(r.GetInt64(4)),
        StoredValues.ToInstant(r.GetInt64(5)),
        r.GetInt64(7) == 1 ? StreakReminderChoice.Off
            : r.NullableInt64(6) is { } hour ? StreakReminderChoice.At((int)hour) : null,
        r.GetInt64(8),
        r.GetInt64(9));
}
