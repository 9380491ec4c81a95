using Goals.Api.GraphQL.Enums;
using Goals.Api.GraphQL.Scalars;
using Goals.Domain.Evaluation;
using GraphQL.Types;

namespace Goals.Api.Progress;

public sealed class StreakType : ObjectGraphType<Streak>
{
    public StreakType()
    {
        Name = "Streak";
        Description = "Consecutive successful units (due days, or periods) ending at the most recent one.";
        Field(streak => streak.Current);
        Field(streak => streak.Longest);
        Field<NonNullGraphType<PeriodGraphType>>("unit").Resolve(context => context.Source.Unit);
        Field<LocalDateGraphType>("startedOn").Description("The first date of the current run.").Resolve(context => context.Source.StartedOn);
        Field(streak => streak.AtRisk).Description("The run survives so far but the open unit has not succeeded yet.");
    }
}
