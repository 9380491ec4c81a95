using Goals.Api.GraphQL.Scalars;
using Goals.Storage.Abstractions;
using GraphQL.Types;

namespace Goals.Api.Stats;

public sealed class DailyStatsType : ObjectGraphType<DailyStats>
{
    public DailyStatsType()
    {
        Name = "DailyStats";
        Description = "One local date across all of the caller's goals.";
        Field<NonNullGraphType<LocalDateGraphType>>("date").Resolve(context => context.Source.Date);
        Field(stats => stats.Activities).Description("Activities logged for that date.");
        Field(stats => stats.GoalsDue).Description("Goals that had to succeed that day (see docs/api.md, Daily stats).");
        Field(stats => stats.GoalsMet).Description("Due goals that succeeded (today: so far).");
        Field(stats => stats.Perfect).Description("At least one goal was due and every due goal was met.");
    }
}
