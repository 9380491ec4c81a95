using Goals.Domain.Calendar;
using Goals.Domain.Evaluation;

namespace Goals.Domain.Streaks;

/// <summary>
/// Current and longest runs over the unit outcomes. Neutral units (excused, not due, shortened and failed) and the
/// still-pending open unit neither add nor break; a LIMIT breach in the open period ends the current run at once.
/// </summary>
internal static class StreakCalculator
{
    public static Streak Compute(Timeline timeline, UnitTable units)
    {
        var run = 0;
        var longest = 0;
        var runStart = -1;
        for (var unit = 0; unit < units.Count; unit++)
        {
            switch (units.Outcome[unit])
            {
                case UnitOutcome.Success:
                    runStart = run == 0 ? unit : runStart;
                    run++;
                    longest = Math.Max(longest, run);
                    break;
                case UnitOutcome.Failure or UnitOutcome.Breached:
                    run = 0;
                    break;
                default:
                    break;
            }
        }

        var startedOn = run > 0 ? units.FirstDate(timeline, runStart) : (NodaTime.LocalDate?)null;
        return new Streak(run, longest, DueDays.StreakUnit(timeline.Goal), startedOn, IsAtRisk(timeline, units, run));
    }

    private static bool IsAtRisk(Timeline timeline, UnitTable units, int current)
    {
        if (current == 0 || units.Count == 0 || units.Outcome[units.Open] != UnitOutcome.Pending)
        {
            return false;
        }

        // A LIMIT period is never "done" before it closes; it is at risk once it sits at its cap.
        return timeline.Goal.Pattern != GoalPattern.Limit
            || PatternRules.Reaches(units.Measure[units.Open], units.Target(timeline, units.Open));
    }
}
