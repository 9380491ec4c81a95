using Goals.Domain.Calendar;
using Goals.Domain.Evaluation;

namespace Goals.Domain.Strength;

/// <summary>
/// Loop Habit Tracker's habit strength: <c>score = prev × m + v × (1 − m)</c>, <c>m = 0.5^(√f / 13)</c>, over every
/// day from the start date; excused and non-due days freeze it. The open day only counts when it does not lower the
/// score, like the open period of a streak.
/// </summary>
internal static class StrengthScore
{
    public static double Compute(Timeline timeline)
    {
        var goal = timeline.Goal;
        var window = RollingWindow(goal);
        var multiplier = Multiplier(Frequency(goal, window));
        var score = 0.0;
        var rolling = 0.0;
        for (var offset = 0; offset < timeline.Length; offset++)
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

        return score * 100;
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
