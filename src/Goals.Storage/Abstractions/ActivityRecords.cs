using NodaTime;

namespace Goals.Storage.Abstractions;

/// <summary>One logged occurrence. <see cref="Date"/> is fixed when it is logged and moves only by an edit.</summary>
public sealed record ActivityRecord(
    string Id,
    string OwnerId,
    string GoalId,
    Instant OccurredAt,
    LocalDate Date,
    double Amount,
    string? Note,
    string? IdempotencyKey,
    Instant CreatedAt,
    Instant UpdatedAt);

public sealed record NewActivity(
    string OwnerId,
    string GoalId,
    Instant OccurredAt,
    LocalDate Date,
    double Amount,
    string? Note = null,
    string? IdempotencyKey = null);

/// <summary>A partial edit: null leaves a value as it is; an empty note clears the note.</summary>
public sealed record ActivityPatch(
    double? Amount = null, string? Note = null, LocalDate? Date = null, Instant? OccurredAt = null);

public enum AppendOutcome
{
    /// <summary>A new activity was stored and the day totals include it.</summary>
    Created,

    /// <summary>The idempotency key was seen before: the first activity is returned, nothing new is stored.</summary>
    Duplicate,

    /// <summary>The goal does not exist or belongs to someone else.</summary>
    GoalNotFound,
}

public sealed record AppendResult(AppendOutcome Outcome, ActivityRecord? Activity);

/// <summary>An edit as applied: the previous state tells callers which dates to recompute.</summary>
public sealed record ActivityUpdate(ActivityRecord Previous, ActivityRecord Current);
