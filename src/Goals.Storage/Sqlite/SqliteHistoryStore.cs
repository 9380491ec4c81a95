using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Storage.Sqlite;

public sealed partial class SqliteHistoryStore(SqliteDatabase database) : IHistoryStore
{
    public Task UpsertSnapshotsAsync(IReadOnlyCollection<DailySnapshot> snapshots, CancellationToken cancellationToken) =>
        database.WriteAsync(
            c => c.ExecuteEachAsync(
                """
                INSERT INTO daily_snapshots (goal_id, date, value, target, met, excused, streak)
                VALUES (@goal, @date, @value, @target, @met, @excused, @streak)
                ON CONFLICT (goal_id, date) DO UPDATE SET value = excluded.value, target = excluded.target,
                    met = excluded.met, excused = excluded.excused, streak = excluded.streak;
                """,
                snapshots,
                s => [("@goal", s.GoalId), ("@date", StoredValues.ToText(s.Date)), ("@value", s.Value),
                    ("@target", s.Target), ("@met", s.Met), ("@excused", s.Excused), ("@streak", s.Streak)],
                cancellationToken),
            cancellationToken);

    public async Task<IReadOnlyList<DailySnapshot>> ListSnapshotsAsync(
        string goalId, DateInterval dates, CancellationToken cancellationToken) =>
        await database.ReadAsync(
            c => c.QueryAsync(
                """
                SELECT goal_id, date, value, target, met, excused, streak FROM daily_snapshots
                WHERE goal_id = @goal AND date >= @from AND date <= @to ORDER BY date;
                """,
                r => new DailySnapshot(
                    r.GetString(0), StoredValues.ToDate(r.GetString(1)), r.GetDouble(2), r.GetDouble(3),
                    r.IsDBNull(4) ? null : r.GetInt64(4) != 0, r.GetInt64(5) != 0, r.GetInt32(6)),
                cancellationToken, ("@goal", goalId), ("@from", StoredValues.ToText(dates.Start)),
                ("@to", StoredValues.ToText(dates.End))),
            cancellationToken);

    public Task UpsertStatsAsync(IReadOnlyCollection<DailyStats> stats, CancellationToken cancellationToken) =>
        database.WriteAsync(
            c => c.ExecuteEachAsync(
                """
                INSERT INTO daily_stats (user_id, date, activities, goals_due, goals_met, perfect)
                VALUES (@user, @date, @activities, @due, @met, @perfect)
                ON CONFLICT (user_id, date) DO UPDATE SET activities = excluded.activities,
                    goals_due = excluded.goals_due, goals_met = excluded.goals_met, perfect = excluded.perfect;
                """,
                stats,
                s => [("@user", s.UserId), ("@date", StoredValues.ToText(s.Date)), ("@activities", s.Activities),
                    ("@due", s.GoalsDue), ("@met", s.GoalsMet), ("@perfect", s.Perfect)],
                cancellationToken),
            cancellationToken);

    public async Task<IReadOnlyList<DailyStats>> ListStatsAsync(
        string userId, DateInterval dates, CancellationToken cancellationToken) =>
        await database.ReadAsync(
            c => c.QueryAsync(
                """
                SELECT user_id, date, activities, goals_due, goals_met, perfect FROM daily_stats
                WHERE user_id = @user AND date >= @from AND date <= @to ORDER BY date;
                """,
                r => new DailyStats(
                    r.GetString(0), StoredValues.ToDate(r.GetString(1)), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4),
                    r.GetInt64(5) != 0),
                cancellationToken, ("@user", userId), ("@from", StoredValues.ToText(dates.Start)),
                ("@to", StoredValues.ToText(dates.End))),
            cancellationToken);
}
