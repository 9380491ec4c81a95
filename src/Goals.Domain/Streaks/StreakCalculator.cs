using Goals.Domain.Calendar;
using Goals.Domain.Evaluation;
using NodaTime;

namespace Goals.Domain.Streaks;

/// <summary>The streak state carried from one unit to the next: the run so far, where it began, the longest run.</summary>
/// <param name="StartedOn">The first date of the current run; null when <paramref name="Current"/> is 0.</param>
internal readonly record struct StreakRun(int Current, int Longest, LocalDate? StartedOn);

/// <summary>
/// Current and longest runs over the unit outcomes. Neutral units (excused, not due, shortened and failed) and the
/// still-pending open unit neither add nor break; a LIMIT breach in the open period ends the current run at once.
/// </summary>
internal static class StreakCalculator
{
    /// <summary>The streak after every unit from <paramref name="firstUnit"/> on, folded onto <paramref name="carried"/>.</summary>
    public static Streak Compute(Timeline timeline, UnitTable units, StreakRun carried, int firstUnit)
    {
        var run = Fold(timeline, units, carried, firstUnit, units.Count);
        return new Streak(
            run.Current, run.Longest, DueDays.StreakUnit(timeline.Goal), run.StartedOn,
            IsAtRisk(timeline, units, run.Current));
    }

    /// <summary>Folds the outcomes of the units <paramref name="firstUnit"/> up to (not including) <paramref name="endUnit"/>.</summary>
    public static StreakRun Fold(Timeline timeline, UnitTable units, StreakRun carried, int firstUnit, int endUnit)
    {
        var run = carried.Current;
        var longest = carried.Longest;

        // -1: the run (if any) began before firstUnit, on the carried date.
        var runStart = -1;
        for (var unit = firstUnit; unit < endUnit; unit++)
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

        var startedOn = run == 0 ? null
            : runStart >= 0 ? units.FirstDate(timeline, runStart)
            : carried.StartedOn;
        return new StreakRun(run, longest, startedOn);
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
