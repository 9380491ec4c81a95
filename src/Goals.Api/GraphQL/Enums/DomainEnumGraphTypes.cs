using Goals.Domain;
using GraphQL.Types;
using NodaTime;

namespace Goals.Api.GraphQL.Enums;

// The domain's enums under the contract's names; values become CONSTANT_CASE (Habit -> HABIT).
public sealed class GoalPatternGraphType : EnumerationGraphType<GoalPattern>
{
    public GoalPatternGraphType() => Name = "GoalPattern";
}

public sealed class GoalStatusGraphType : EnumerationGraphType<GoalStatus>
{
    public GoalStatusGraphType() => Name = "GoalStatus";
}

public sealed class PeriodGraphType : EnumerationGraphType<GoalPeriod>
{
    public PeriodGraphType() => Name = "Period";
}

public sealed class GoalCategoryGraphType : EnumerationGraphType<GoalCategory>
{
    public GoalCategoryGraphType() => Name = "GoalCategory";
}

/// <summary>ISO weekdays (NodaTime's <see cref="IsoDayOfWeek"/>), without its "None" placeholder.</summary>
public sealed class DayOfWeekGraphType : EnumerationGraphType
{
    public DayOfWeekGraphType()
    {
        Name = "DayOfWeek";
        foreach (var day in Enum.GetValues<IsoDayOfWeek>().Where(day => day != IsoDayOfWeek.None))
        {
            Add(day.ToString().ToUpperInvariant(), day);
        }
    }
}
