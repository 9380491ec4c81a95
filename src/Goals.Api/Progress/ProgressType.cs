using Goals.Api.GraphQL.Scalars;
using Goals.Domain.Evaluation;
using GraphQL.Types;
using DomainProgress = Goals.Domain.Evaluation.Progress;

namespace Goals.Api.Progress;

public sealed class ProgressStateGraphType : EnumerationGraphType<ProgressState>
{
    public ProgressStateGraphType()
    {
        Name = "ProgressState";
        Description = "How the open period stands (see docs/api.md for the table per pattern).";
    }
}

public sealed class ProgressType : ObjectGraphType<DomainProgress>
{
    public ProgressType()
    {
        Name = "Progress";
        Description = "The open period of a goal as of a date: amounts, state, rates, strength and (CUMULATIVE) pace.";
        Field<NonNullGraphType<LocalDateGraphType>>("asOf").Resolve(context => context.Source.AsOf);
        Field<NonNullGraphType<LocalDateGraphType>>("periodStart").Resolve(context => context.Source.PeriodStart);
        Field<NonNullGraphType<LocalDateGraphType>>("periodEnd")
            .Description("CUMULATIVE: the deadline, or asOf without one.").Resolve(context => context.Source.PeriodEnd);
        Field(progress => progress.Current)
            .Description("Qualifying days (FREQUENCY), sum (TARGET, LIMIT), today done 0/1 (HABIT), total (CUMULATIVE).");
        Field(progress => progress.Target);
        Field(progress => progress.Fraction).Description("current / target; may exceed 1.");
        Field(progress => progress.Remaining).Description("max(0, target - current).");
        Field<NonNullGraphType<ProgressStateGraphType>>("state").Resolve(context => context.Source.State);
        Field(progress => progress.CompletionRate7d, nullable: true)
            .Description("Share of successful periods among those due in the last 7 days; null when none was due.");
        Field(progress => progress.CompletionRate30d, nullable: true);
        Field(progress => progress.Strength).Description("Habit strength, 0 to 100.");
        Field(progress => progress.Expected, nullable: true).Description("CUMULATIVE with a deadline: the pace line today.");
        Field(progress => progress.SafetyBufferDays, nullable: true)
            .Description("CUMULATIVE with a deadline: days without progress that stay on the line; negative when behind.");
        Field<LocalDateGraphType>("projectedCompletion").Resolve(context => context.Source.ProjectedCompletion);
    }
}
