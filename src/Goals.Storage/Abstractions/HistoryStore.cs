using NodaTime;

namespace Goals.Storage.Abstractions;

/// <param name="Met">Null while the day's period is still open or the day was not due.</param>
public sealed record DailySnapshot(
    string GoalId, LocalDate Date, double Value, double Target, bool? Met, bool Excused, int Streak);

public sealed record DailyStats(
    string UserId, LocalDate Date, int Activities, int GoalsDue, int GoalsMet, bool Perfect);

/// <param name="GoalId">The goal it is about; null for an insight about all the user's goals.</param>
public sealed record StoredInsight(string Kind, string Message, string? GoalId);

/// <summary>The insights the day close computed for a user, for the local date <paramref name="AsOf"/>, in order.</summary>
public sealed record InsightSet(string UserId, LocalDate AsOf, IReadOnlyList<StoredInsight> Insights);

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

    /// <summary>
    /// Replaces the user's insight set, unless the stored one is for a later date: a re-run that closes an older day
    /// never overwrites newer insights.
    /// </summary>
    Task SaveInsightsAsync(InsightSet insights, CancellationToken cancellationToken);

    /// <summary>The user's latest insight set, or null when the day close never stored one.</summary>
    Task<InsightSet?> GetInsightsAsync(string userId, CancellationToken cancellationToken);
}
