using Goals.Domain;
using NodaTime;

namespace Goals.Api.Goals;

/// <summary>What an omitted field of <c>createGoal</c> means.</summary>
public static class GoalDefaults
{
    /// <summary>
    /// FREQUENCY counts days per week by default; every other pattern is judged daily. CUMULATIVE goals never use
    /// their period (they run from the start date to the target), so DAY is only a placeholder there.
    /// </summary>
    public static GoalPeriod PeriodFor(GoalPattern pattern) =>
        pattern == GoalPattern.Frequency ? GoalPeriod.Week : GoalPeriod.Day;

    public static GoalDefinition Definition(CreateGoalInput input, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new GoalDefinition(
            input.Pattern,
            input.Target,
            input.Period ?? PeriodFor(input.Pattern),
            ScheduleOf(input.Schedule) ?? GoalDefinition.EveryDay,
            input.MinAmount,
            input.StartDate ?? today,
            input.Deadline);
    }

    /// <summary>The given weekdays as a set (duplicates collapse); null when none were given.</summary>
    public static IReadOnlySet<IsoDayOfWeek>? ScheduleOf(IReadOnlyList<IsoDayOfWeek>? days) =>
        days is null ? null : days.ToHashSet();
}
