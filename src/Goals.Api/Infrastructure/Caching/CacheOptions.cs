using System.ComponentModel.DataAnnotations;

namespace Goals.Api.Infrastructure.Caching;

/// <summary>
/// The goal-state cache, section <c>Cache</c> (environment: <c>Cache__ProgressMinutes=30</c>). Entries are keyed by the
/// data versions of their inputs and the owner's local date, so these durations bound memory, not staleness.
/// </summary>
public sealed class CacheOptions
{
    public const string SectionName = "Cache";

    /// <summary>False turns the cache off: every read evaluates from the store.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long a goal's evaluation (its <c>progress</c> and <c>streak</c>) is kept.</summary>
    [Range(1, 24 * 60)]
    public int ProgressMinutes { get; set; } = 60;

    /// <summary>How long a page of a user's goal list is kept.</summary>
    [Range(1, 24 * 60)]
    public int GoalListMinutes { get; set; } = 5;

    /// <summary>How many entries this replica keeps in memory at most (each evaluation or page counts as one).</summary>
    [Range(100, 10_000_000)]
    public int MaxMemoryEntries { get; set; } = 200_000;

    /// <summary>
    /// The longest a request waits for Redis on a read before it goes on without it (and computes from the store).
    /// Writes to Redis never hold a request: they complete in the background.
    /// </summary>
    [Range(5, 5_000)]
    public int RedisTimeoutMilliseconds { get; set; } = 100;

    /// <summary>After a Redis failure, how long the cache stops asking Redis before it tries again.</summary>
    [Range(1, 300)]
    public int RedisBreakSeconds { get; set; } = 5;

    public TimeSpan ProgressDuration => TimeSpan.FromMinutes(ProgressMinutes);

    public TimeSpan GoalListDuration => TimeSpan.FromMinutes(GoalListMinutes);
}
