using Goals.Domain.History;
using Goals.Domain.Progression;
using Goals.Domain.Streaks;
using Goals.Domain.Strength;
using Goals.Domain.Validation;
using NodaTime;

namespace Goals.Domain.Evaluation;

/// <summary>
/// The entry point of the engine: progress, streak and strength of one goal from its day totals. Pure and
/// deterministic; "today" is the caller's (the user's local date, see <see cref="Calendar.UserCalendar"/>).
/// </summary>
/// <remarks>
/// Total on the supported ranges: a goal whose definition passes <see cref="CanEvaluate"/>, evaluated on a supported
/// date, never throws. Anything else is refused with a <see cref="GoalEvaluationException"/> before any work.
/// </remarks>
public static partial class GoalEvaluator
{
    /// <summary>
    /// Whether the definition lies in the ranges the input rules allow today (dates in the supported calendar, target
    /// and minimum amount within their bounds). An earlier build stored some that do not.
    /// </summary>
    public static bool CanEvaluate(GoalDefinition goal)
    {
        ArgumentNullException.ThrowIfNull(goal);
        return CanEvaluate(goal.StartDate, goal.Deadline, goal.Target, goal.MinAmount);
    }

    /// <summary>
    /// The same from the definition's parts, for a caller that holds them already (a stored goal): asked for every
    /// field of every goal of a page, where building a definition only to ask was most of the check's cost.
    /// </summary>
    public static bool CanEvaluate(LocalDate startDate, LocalDate? deadline, double target, double? minAmount) =>
        DomainLimits.IsSupported(startDate)
        && (deadline is not { } end || DomainLimits.IsSupported(end))
        && DomainLimits.IsSupportedValue(target, DomainLimits.MaxTarget)
        && (minAmount is not { } min || DomainLimits.IsSupportedValue(min, DomainLimits.MaxAmount));

    /// <summary>Evaluates the goal as of <paramref name="asOf"/> (default today; a later date is clamped to today).</summary>
    /// <param name="days">The goal's day totals in any order; dates before the start or after asOf are ignored.</param>
    public static GoalEvaluation Evaluate(
        GoalDefinition goal,
        UserSettings settings,
        IReadOnlyList<DayTotal> days,
        ExcusedDays excused,
        LocalDate today,
        LocalDate? asOf = null)
    {
        var evaluatedOn = EvaluationDate(today, asOf);
        EnsureSupported(goal, evaluatedOn);
        return Evaluate(Timeline.Build(goal, settings, days, excused, evaluatedOn), EngineState.AtStart);
    }

    /// <summary>Every calculator, folding the timeline's days from <paramref name="carried"/> on.</summary>
    private static GoalEvaluation Evaluate(Timeline timeline, EngineState carried)
    {
        var goal = timeline.Goal;
        var units = UnitTable.Build(timeline);
        var streak = StreakCalculator.Compute(timeline, units, carried.Streak, units.FirstEndingOnOrAfter(carried.Offset));
        var strength = StrengthScore.Compute(timeline, carried.Strength, carried.Offset);
        var progress = ProgressCalculator.Compute(timeline, units, streak, strength, carried);
        var reached = goal.Pattern == GoalPattern.Cumulative && PatternRules.Reaches(progress.Current, goal.Target);
        return new GoalEvaluation(progress, streak, reached);
    }

    private static LocalDate EvaluationDate(LocalDate today, LocalDate? asOf) =>
        asOf is { } date && date < today ? date : today;

    /// <summary>
    /// One snapshot per local date from <paramref name="from"/> through <paramref name="to"/>, clamped to the goal's
    /// start date and to today: each day as it stood at its close, or now for today. Empty when nothing is left.
    /// </summary>
    public static IReadOnlyList<DailySnapshot> History(
        GoalDefinition goal,
        UserSettings settings,
        IReadOnlyList<DayTotal> days,
        ExcusedDays excused,
        LocalDate today,
        LocalDate from,
        LocalDate to)
    {
        EnsureSupported(goal, today);
        var first = LocalDate.Max(from, goal.StartDate);
        var last = LocalDate.Min(to, today);
        if (first > last)
        {
            return [];
        }

        // A past `to` must be judged as closed, not as if it were today: the series runs one day further (a date is
        // closed once a later one follows it) and that extra day is dropped.
        var evaluatedOn = last < today ? last.PlusDays(1) : today;
        var timeline = Timeline.Build(goal, settings, days, excused, evaluatedOn);
        var series = HistorySeries.Build(timeline, UnitTable.Build(timeline), first);
        return evaluatedOn == last ? series : [.. series.Where(day => day.Date <= last)];
    }

    private static void EnsureSupported(GoalDefinition goal, LocalDate evaluatedOn)
    {
        if (!CanEvaluate(goal))
        {
            throw new GoalEvaluationException(
                "The goal's stored start date, deadline, target or minimum amount lies outside the supported ranges.");
        }

        if (!DomainLimits.IsSupported(evaluatedOn))
        {
            throw new GoalEvaluationException(DomainLimits.DateRangeMessage("The evaluation date"));
        }
    }
}
