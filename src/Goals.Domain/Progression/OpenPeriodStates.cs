using Goals.Domain.Calendar;
using Goals.Domain.Evaluation;
using NodaTime;

namespace Goals.Domain.Progression;

/// <summary>The <see cref="ProgressState"/> of the open period for the non-CUMULATIVE patterns.</summary>
internal static class OpenPeriodStates
{
    public static ProgressState Of(
        Timeline timeline, UnitTable units, Streak streak, double current, double target, DateInterval period)
    {
        var goal = timeline.Goal;
        var today = timeline.Length - 1;
        if (goal.Pattern == GoalPattern.Limit)
        {
            return units.Outcome[units.Open] == UnitOutcome.Breached ? ProgressState.Exceeded : ProgressState.OnTrack;
        }

        if (DueDays.JudgesDays(goal))
        {
            return !timeline.IsDue[today] ? ProgressState.OnTrack
                : PatternRules.Reaches(current, target) ? ProgressState.Met
                : streak.AtRisk ? ProgressState.AtRisk
                : ProgressState.OnTrack;
        }

        if (PatternRules.Reaches(current, target))
        {
            return ProgressState.Met;
        }

        return goal.Pattern == GoalPattern.Frequency
            ? FrequencyState(timeline, current, target, period)
            : timeline.AsOf == period.End ? ProgressState.AtRisk : ProgressState.OnTrack;
    }

    /// <summary>
    /// Compares the occurrences still needed with the days that can still add one: the rest of the period, today
    /// included unless today already counts, excused days left out. A period shortened by excused days or by the
    /// start date cannot fail (ADR 0012), so it is never reported as missed.
    /// </summary>
    private static ProgressState FrequencyState(Timeline timeline, double current, double target, DateInterval period)
    {
        var needed = (int)Math.Ceiling(target - current - 1e-9);
        var available = 0;
        var shortened = period.Start < timeline.Goal.StartDate;
        foreach (var date in period)
        {
            var excused = timeline.Excused.Contains(date);
            shortened |= excused;
            available += date >= timeline.AsOf && !excused ? 1 : 0;
        }

        var today = timeline.Length - 1;
        if (timeline.IsDue[today] && timeline.Measure[today] > 0)
        {
            available--;
        }

        return needed > available ? shortened ? ProgressState.OnTrack : ProgressState.Missed
            : needed == available ? ProgressState.AtRisk
            : ProgressState.OnTrack;
    }
}
