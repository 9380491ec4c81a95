using NodaTime;

namespace Goals.Domain.Evaluation;

/// <summary>Everything derived about one goal as of one local date.</summary>
/// <param name="TargetReached">A CUMULATIVE goal whose total has reached its target: the goal is complete.</param>
public sealed record GoalEvaluation(Progress Progress, Streak Streak, bool TargetReached);

/// <summary>The open period's progress, rates, strength and (CUMULATIVE) pace; mirrors the API's <c>Progress</c>.</summary>
public sealed record Progress(
    LocalDate AsOf,
    LocalDate PeriodStart,
    LocalDate PeriodEnd,
    double Current,
    double Target,
    double Fraction,
    double Remaining,
    ProgressState State,
    double? CompletionRate7d,
    double? CompletionRate30d,
    double Strength,
    double? Expected,
    int? SafetyBufferDays,
    LocalDate? ProjectedCompletion);

/// <summary>The current and longest runs of successful streak units; mirrors the API's <c>Streak</c>.</summary>
/// <param name="StartedOn">The first date of the current run; null when there is none.</param>
/// <param name="AtRisk">The run survives so far but today's (this period's) success is still open.</param>
public sealed record Streak(int Current, int Longest, GoalPeriod Unit, LocalDate? StartedOn, bool AtRisk);

public enum ProgressState { Met, OnTrack, AtRisk, Missed, Exceeded, Ahead, Behind }
