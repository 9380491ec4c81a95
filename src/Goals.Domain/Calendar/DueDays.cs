using NodaTime;

namespace Goals.Domain.Calendar;

/// <summary>Which local dates a goal expects something on.</summary>
public static class DueDays
{
    /// <summary>
    /// A day is due when it is on or after the start date, not excused, and (for goals judged day by day) on the
    /// schedule. WEEK and MONTH goals and CUMULATIVE goals have no weekday schedule: every such day is due.
    /// </summary>
    public static bool IsDue(GoalDefinition goal, ExcusedDays excused, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(excused);
        return date >= goal.StartDate && !excused.Contains(date) && IsScheduled(goal, date.DayOfWeek);
    }

    /// <summary>Whether the weekday schedule applies to the goal at all.</summary>
    public static bool UsesSchedule(GoalDefinition goal)
    {
        ArgumentNullException.ThrowIfNull(goal);
        return goal.Pattern != GoalPattern.Cumulative && JudgesDays(goal);
    }

    /// <summary>HABIT, CUMULATIVE and every DAY-period goal are judged day by day; the rest per WEEK or MONTH.</summary>
    public static bool JudgesDays(GoalDefinition goal)
    {
        ArgumentNullException.ThrowIfNull(goal);
        return goal.Pattern is GoalPattern.Habit or GoalPattern.Cumulative || goal.Period == GoalPeriod.Day;
    }

    /// <summary>The unit a streak is counted in.</summary>
    public static GoalPeriod StreakUnit(GoalDefinition goal) => JudgesDays(goal) ? GoalPeriod.Day : goal.Period;

    internal static bool IsScheduled(GoalDefinition goal, IsoDayOfWeek day) =>
        !UsesSchedule(goal) || goal.Schedule.Count == 0 || goal.Schedule.Contains(day);
}
