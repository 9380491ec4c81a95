using Goals.Api.GraphQL.Enums;
using Goals.Api.GraphQL.Scalars;
using Goals.Api.Progress;
using Goals.Server.Relay;
using Goals.Storage.Abstractions;
using GraphQL.Types;

namespace Goals.Api.Goals;

public sealed class GoalType : ObjectGraphType<GoalRecord>
{
    public GoalType(IEnumerable<IGoalFields> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        Name = "Goal";
        Description = "Something the user wants to do (or not do), judged period by period by its pattern.";
        this.ImplementNode(goal => goal.Id);
        Field(goal => goal.Title).Description("1 to 120 characters.");
        Field(goal => goal.Description, nullable: true);
        Field<NonNullGraphType<GoalCategoryGraphType>>("category").Resolve(context => context.Source.Category);
        Field<NonNullGraphType<GoalPatternGraphType>>("pattern")
            .Description("How a period succeeds: HABIT, FREQUENCY, TARGET, LIMIT or CUMULATIVE.")
            .Resolve(context => context.Source.Pattern);
        Field(goal => goal.Target).Description("Times, amount, cap or total, depending on the pattern.");
        Field(goal => goal.Unit, nullable: true).Description("What the amounts count, e.g. km.");
        Field<NonNullGraphType<PeriodGraphType>>("period")
            .Description("The period judged; not used by CUMULATIVE goals, which run from the start date.")
            .Resolve(context => context.Source.Period);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DayOfWeekGraphType>>>>("schedule")
            .Description("The due weekdays of day-based goals, Monday first.")
            .Resolve(context => context.Source.Schedule.Order().ToList());
        Field(goal => goal.MinAmount, nullable: true)
            .Description("FREQUENCY: the day total a day needs to count.");
        Field<NonNullGraphType<LocalDateGraphType>>("startDate").Resolve(context => context.Source.StartDate);
        Field<LocalDateGraphType>("deadline").Resolve(context => context.Source.Deadline);
        Field<LocalTimeGraphType>("reminderTime")
            .Description("The user-local time of this goal's daily reminder; null follows the user's reminder hour.")
            .Resolve(context => context.Source.ReminderTime);
        Field<NonNullGraphType<GoalStatusGraphType>>("status").Resolve(context => context.Source.Status);
        Field<NonNullGraphType<InstantGraphType>>("createdAt").Resolve(context => context.Source.CreatedAt);
        Field<NonNullGraphType<InstantGraphType>>("updatedAt")
            .Description("The last change of the goal or of its activities.").Resolve(context => context.Source.UpdatedAt);
        Field<InstantGraphType>("completedAt").Resolve(context => context.Source.CompletedAt);
        Field(goal => goal.Version).Description("Grows on every change; pass it as `expectedVersion` to update safely.");
        this.AddProgressFields();
        foreach (var feature in features)
            feature.AddTo(this);
    }
}
