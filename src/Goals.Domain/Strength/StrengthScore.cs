using Goals.Domain.Calendar;
using Goals.Domain.Evaluation;

namespace Goals.Domain.Strength;

/// <summary>
/// The score's recurrence state at a day's close: the score (0–1) and the rolling sum of the window as it was
/// accumulated. Both are carried as they stand, not recomputed, so that a resumed fold repeats every floating-point
/// operation of a fold from the start date.
/// </summary>
internal readonly record struct StrengthState(double Score, double Rolling);

/// <summary>
/// Loop Habit Tracker's habit strength: <c>score = prev × m + v × (1 − m)</c>, <c>m = 0.5^(√f / 13)</c>, over every
/// day from the start date; excused and non-due days freeze it. The open day only counts when it does not lower the
/// score, like the open period of a streak.
/// </summary>
internal static class StrengthScore
{
    /// <summary>The score (0–100) after every day from <paramref name="from"/> on, folded onto <paramref name="carried"/>.</summary>
    public static double Compute(Timeline timeline, StrengthState carried, int from) =>
        Fold(timeline, carried, from, timeline.Length).Score * 100;

    /// <summary>
    /// Folds the days <paramref name="from"/> up to (not including) <paramref name="end"/>. The window reaches back
    /// window days (1, 7 or 30) before <paramref name="from"/>, so a resumed timeline must hold those days:
    /// its origin lies at least 30 days before <paramref name="from"/> (or is the start date), which also makes
    /// "offset ≥ window" mean what it means in a whole timeline, that the day leaving the window is a day of the goal.
    /// </summary>
    public static StrengthState Fold(Timeline timeline, StrengthState carried, int from, int end)
    {
        var goal = timeline.Goal;
        var window = RollingWindow(goal);
        var multiplier = Multiplier(Frequency(goal, window));
        var (score, rolling) = carried;
        for (var offset = from; offset < end; offset++)
        {
            rolling += Contribution(timeline, offset);
            if (offset >= window)
            {
                rolling -= Contribution(timeline, offset - window);
            }

            if (!timeline.IsDue[offset])
            {
                continue;
            }

            var next = (score * multiplier) + (DayValue(goal, rolling) * (1 - multiplier));
            score = offset == timeline.Length - 1 ? Math.Max(score, next) : next;
        }

        return new StrengthState(score, rolling);
    }

    /// <summary>Loop's smoothing factor for a goal done <paramref name="frequency"/> times a day.</summary>
    public static double Multiplier(double frequency) => Math.Pow(0.5, Math.Sqrt(frequency) / 13.0);

    private static double Contribution(Timeline timeline, int offset) =>
        timeline.IsDue[offset] ? timeline.Measure[offset] : 0;

    private static double DayValue(GoalDefinition goal, double rolling) => goal.Pattern switch
    {
        GoalPattern.Habit or GoalPattern.Cumulative => Math.Min(1, rolling),
        GoalPattern.Limit => Math.Clamp(1 - ((rolling - goal.Target) / goal.Target), 0, 1),
        _ => Math.Min(1, rolling / PatternRules.UnitTarget(goal, RollingWindow(goal))),
    };

    private static int RollingWindow(GoalDefinition goal) => DueDays.StreakUnit(goal) switch
    {
        GoalPeriod.Week => 7,
        GoalPeriod.Month => 30,
        _ => 1,
    };

    private static double Frequency(GoalDefinition goal, int window) => goal.Pattern == GoalPattern.Frequency
        ? PatternRules.UnitTarget(goal, window) / window
        : 1.0 / window;
}
