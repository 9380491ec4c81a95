using NodaTime;

namespace Goals.Storage.Abstractions;

/// <param name="Met">Null while the day's period is still open or the day was not due.</param>
public sealed record DailySnapshot(
    string GoalId, LocalDate Date, double Value, double Target, bool? Met, bool Excused, int Streak);

public sealed record DailyStats(
    string UserId, LocalDate Date, int Activities, int GoalsDue, int GoalsMet, bool Perfect);

/// <summary>Derived per-day history written by the close-day job; every write is an upsert by its natural key.</summary>
public interface IHistoryStore
{
    Task UpsertSnapshotsAsync(IReadOnlyCollection<DailySnapshot> snapshots, CancellationToken cancellationToken);

    /// <summary>Snapshots dated inside <paramref name="dates"/> (inclusive), sorted by date.</summary>
    Task<IReadOnlyList<DailySnapshot>> ListSnapshotsAsync(
        string goalId, DateInterval dates, CancellationToken cancellationToken);

    Task UpsertStatsAsync(IReadOnlyCollection<DailyStats> stats, CancellationToken cancellationToken);

    Task<IReadOnlyList<DailyStats>> ListStatsAsync(
        string userId, DateInterval dates, CancellationToken cancellationToken);
}
