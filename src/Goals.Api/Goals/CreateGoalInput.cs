using Goals.Api.GraphQL.Enums;
using Goals.Api.GraphQL.Scalars;
using Goals.Domain;
using GraphQL.Types;
using NodaTime;

namespace Goals.Api.Goals;

/// <summary>A new goal as requested; omitted values get the defaults of <see cref="GoalDefaults"/>.</summary>
public sealed record CreateGoalInput(
    string Title,
    string? Description,
    GoalCategory? Category,
    GoalPattern Pattern,
    double Target,
    string? Unit,
    GoalPeriod? Period,
    IReadOnlyList<IsoDayOfWeek>? Schedule,
    double? MinAmount,
    LocalDate? StartDate,
    LocalDate? Deadline,
    LocalTime? ReminderTime = null);

public sealed class CreateGoalInputType : InputObjectGraphType<CreateGoalInput>
{
    public CreateGoalInputType()
    {
        Name = "CreateGoalInput";
        Description = "A new goal. Omitted: category OTHER, period per pattern (WEEK for FREQUENCY, else DAY), every day, starting today.";
        Field<NonNullGraphType<StringGraphType>>("title").Description("1 to 120 characters.");
        Field<StringGraphType>("description").Description("At most 2000 characters.");
        Field<GoalCategoryGraphType>("category");
        Field<NonNullGraphType<GoalPatternGraphType>>("pattern");
        Field<NonNullGraphType<FloatGraphType>>("target").Description("0.000001 to 1e9.");
        Field<StringGraphType>("unit").Description("At most 32 characters.");
        Field<PeriodGraphType>("period").Description("HABIT goals are daily; CUMULATIVE goals ignore the period.");
        Field<ListGraphType<NonNullGraphType<DayOfWeekGraphType>>>("schedule").Description("The due weekdays; not empty.");
        Field<FloatGraphType>("minAmount").Description("FREQUENCY: the day total a day needs to count; 0.000001 to 1e9.");
        Field<LocalDateGraphType>("startDate").Description("Defaults to the user's today; 1900-01-01 to 2200-12-31.");
        Field<LocalDateGraphType>("deadline").Description("CUMULATIVE: after the start date, at most 2200-12-31; enables pace.");
        Field<LocalTimeGraphType>("reminderTime")
            .Description("The user-local time of this goal's daily reminder, in whole minutes; omitted: the user's reminder hour.");
    }
}
