using Goals.Domain;
using Goals.Storage.Abstractions;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace Goals.Storage.Sqlite;

public sealed class SqliteUserStore(SqliteDatabase database, IClock clock) : IUserStore
{
    private const string Columns = "id, time_zone, day_starts_at, week_start, created_at, updated_at";

    public async Task<UserRecord> GetOrCreateAsync(string userId, CancellationToken cancellationToken)
    {
        var existing = await database.ReadAsync((c, t) => FindAsync(c, t, userId, cancellationToken), cancellationToken);
        return existing ?? await database.WriteAsync(
            async (c, t) =>
            {
                var now = StoredValues.ToMillis(clock.GetCurrentInstant());
                await c.ExecuteAsync(
                    t,
                    $"INSERT INTO users ({Columns}) VALUES (@id, @zone, @start, @week, @now, @now) ON CONFLICT (id) DO NOTHING;",
                    cancellationToken, [.. Values(userId, UserSettings.Default), ("@now", now)]);
                return (await FindAsync(c, t, userId, cancellationToken))!;
            },
            cancellationToken);
    }

    public Task<UserRecord> SaveSettingsAsync(string userId, UserSettings settings, CancellationToken cancellationToken) =>
        database.WriteAsync(
            async (c, t) =>
            {
                var now = StoredValues.ToMillis(clock.GetCurrentInstant());
                await c.ExecuteAsync(
                    t,
                    $"""
                    INSERT INTO users ({Columns}) VALUES (@id, @zone, @start, @week, @now, @now)
                    ON CONFLICT (id) DO UPDATE SET time_zone = excluded.time_zone,
                        day_starts_at = excluded.day_starts_at, week_start = excluded.week_start, updated_at = @now;
                    """,
                    cancellationToken, [.. Values(userId, settings), ("@now", now)]);
                return (await FindAsync(c, t, userId, cancellationToken))!;
            },
            cancellationToken);

    public async Task<IReadOnlyList<UserRecord>> ListAsync(string? afterId, int limit, CancellationToken cancellationToken) =>
        await database.ReadAsync(
            (c, t) => c.QueryAsync(
                t, $"SELECT {Columns} FROM users WHERE id > @after ORDER BY id LIMIT @limit;", Read, cancellationToken,
                ("@after", afterId ?? string.Empty), ("@limit", limit)),
            cancellationToken);

    private static async Task<UserRecord?> FindAsync(
        SqliteConnection connection, SqliteTransaction transaction, string userId, CancellationToken cancellationToken) =>
        (await connection.QueryAsync(
            transaction, $"SELECT {Columns} FROM users WHERE id = @id;", Read, cancellationToken, ("@id", userId)))
        .SingleOrDefault();

    private static (string, object?)[] Values(string userId, UserSettings settings) =>
    [
        ("@id", userId),
        ("@zone", settings.TimeZone.Id),
        ("@start", StoredValues.ToText(settings.DayStartsAt)),
        ("@week", StoredValues.ToText(settings.WeekStart)),
    ];

    private static UserRecord Read(SqliteDataReader r) => new(
        r.GetString(0),
        StoredValues.Settings(r.GetString(1), r.GetString(2), r.GetString(3)),
        StoredValues.ToInstant(r.GetInt64(4)),
        StoredValues.ToInstant(r.GetInt64(5)));
}
