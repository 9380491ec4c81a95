using Goals.Domain.Calendar;
using Goals.Domain.Evaluation;
using NodaTime;

namespace Goals.Domain.Progression;

/// <summary>The open period's <see cref="Progress"/> for every pattern, per the tables of domain.md.</summary>
internal static class ProgressCalculator
{
    /// <param name="carried">The state the evaluation resumed from: CUMULATIVE adds the later days onto its total.</param>
    public static Progress Compute(Timeline timeline, UnitTable units, Streak streak, double strength, EngineState carried)
    {
        var goal = timeline.Goal;
        var rate7 = CompletionRates.Over(timeline, units, 7);
        var rate30 = CompletionRates.Over(timeline, units, 30);
        if (goal.Pattern == GoalPattern.Cumulative)
        {
            var total = CumulativePace.Total(timeline, carried.Offset, timeline.Length, carried.Total);
            return Cumulative(timeline, total, rate7, rate30, strength);
        }

        var period = PeriodCalendar.PeriodContaining(timeline.AsOf, DueDays.StreakUnit(goal), timeline.WeekStart);
        var current = CurrentOfOpenPeriod(timeline, units);
        var target = PatternRules.UnitTarget(goal, period.Length);
        var state = timeline.Length == 0 ? ProgressState.OnTrack : OpenPeriodStates.Of(timeline, units, streak, current, target, period);
        return new Progress(
            timeline.AsOf, period.Start, period.End, current, target, Fraction(current, target),
            Math.Max(0, target - current), state, rate7, rate30, strength, null, null, null);
    }

    private static double CurrentOfOpenPeriod(Timeline timeline, UnitTable units)
    {
        if (timeline.Length == 0)
        {
            return 0;
        }

        // A day-based goal reports what today holds even when today is not due; a period reports its due days.
        return DueDays.JudgesDays(timeline.Goal)
            ? timeline.Measure[timeline.Length - 1]
            : units.Measure[units.Open];
    }

    private static Progress Cumulative(Timeline timeline, double current, double? rate7, double? rate30, double strength)
    {
        var goal = timeline.Goal;
        var remaining = Math.Max(0, goal.Target - current);
        var periodEnd = goal.Deadline ?? LocalDate.Max(timeline.AsOf, goal.StartDate);
        double? expected = null;
        int? buffer = null;
        var state = ProgressState.OnTrack;
        if (goal.Deadline is { } deadline)
        {
            var (elapsed, total) = CumulativePace.Days(timeline, deadline);
            expected = CumulativePace.Expected(goal.Target, elapsed, total);
            buffer = CumulativePace.SafetyBufferDays(current, goal.Target, elapsed, total);
            state = timeline.AsOf > deadline ? ProgressState.Missed
                : PatternRules.Reaches(current, expected.Value) ? ProgressState.Ahead : ProgressState.Behind;
        }

        if (PatternRules.Reaches(current, goal.Target))
        {
            state = ProgressState.Met;
        }
        else if (timeline.Length == 0)
        {
            state = ProgressState.OnTrack;
        }

        return new Progress(
            timeline.AsOf, goal.StartDate, periodEnd, current, goal.Target, Fraction(current, goal.Target), remaining,
            state, rate7, rate30, strength, expected, buffer, CumulativePace.ProjectedCompletion(timeline, remaining));
    }

    private static double Fraction(double current, double target) => target > 0 ? current / target : 0;
}
