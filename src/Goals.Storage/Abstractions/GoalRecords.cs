using Goals.Domain;
using NodaTime;

namespace Goals.Storage.Abstractions;

/// <summary>
/// A goal as stored. <see cref="Version"/> starts at 1 and grows on every change of the goal itself (the optimistic
/// concurrency token). <see cref="DataVersion"/> starts at 1 and grows, in the same atomic write, on every change of
/// what its evaluation reads: the goal, its activities (day totals), skips and pauses (ADR 0135). 0: never stamped
/// (a record not read from a store, or a MongoDB document written before data versions existed).
/// </summary>
/// <param name="ReminderTime">The user-local time of this goal's daily reminder; null follows the user's reminder hour.</param>
public sealed record GoalRecord(
    string Id,
    string OwnerId,
    string Title,
    string? Description,
    GoalCategory Category,
    GoalPattern Pattern,
    double Target,
    string? Unit,
    GoalPeriod Period,
    IReadOnlySet<IsoDayOfWeek> Schedule,
    double? MinAmount,
    LocalDate StartDate,
    LocalDate? Deadline,
    GoalStatus Status,
    Instant CreatedAt,
    Instant UpdatedAt,
    Instant? CompletedAt,
    int Version,
    long DataVersion = 0,
    LocalTime? ReminderTime = null)
{
    public GoalDefinition Definition => new(Pattern, Target, Period, Schedule, MinAmount, StartDate, Deadline);
}

/// <summary>What a caller supplies to create a goal; id, timestamps and version come from the store.</summary>
public sealed record NewGoal(
    string OwnerId,
    string Title,
    string? Description,
    GoalCategory Category,
    GoalPattern Pattern,
    double Target,
    string? Unit,
    GoalPeriod Period,
    IReadOnlySet<IsoDayOfWeek> Schedule,
    double? MinAmount,
    LocalDate StartDate,
    LocalDate? Deadline,
    GoalStatus Status = GoalStatus.Active,
    LocalTime? ReminderTime = null);

/// <summary>The mutable part of a goal: an update writes all of it (read, change, write with the read version).</summary>
public sealed record GoalChanges(
    string Title,
    string? Description,
    GoalCategory Category,
    double Target,
    string? Unit,
    IReadOnlySet<IsoDayOfWeek> Schedule,
    double? MinAmount,
    LocalDate? Deadline,
    GoalStatus Status,
    Instant? CompletedAt,
    LocalTime? ReminderTime = null)
{
    public static GoalChanges From(GoalRecord goal) => new(
        goal.Title, goal.Description, goal.Category, goal.Target, goal.Unit, goal.Schedule, goal.MinAmount,
        goal.Deadline, goal.Status, goal.CompletedAt, goal.ReminderTime);
}

/// <summary>The outcome of an optimistic update.</summary>
public abstract record GoalUpdateResult
{
    private GoalUpdateResult()
    {
    }

    public sealed record Updated(GoalRecord Goal) : GoalUpdateResult;

    /// <summary>The expected version was stale; <paramref name="CurrentVersion"/> is what the store holds now.</summary>
    public sealed record Conflict(int CurrentVersion) : GoalUpdateResult;

    /// <summary>The change would take the owner past the limit of goals that are not archived; nothing changed.</summary>
    public sealed record LimitReached(int Limit) : GoalUpdateResult;

    public sealed record NotFound : GoalUpdateResult
    {
        public static NotFound Instance { get; } = new();
    }
}
