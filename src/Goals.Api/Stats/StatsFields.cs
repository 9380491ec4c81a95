using Goals.Api.GraphQL;
using Goals.Api.GraphQL.Scalars;
using GraphQL;
using GraphQL.Types;
using NodaTime;

namespace Goals.Api.Stats;

public sealed class StatsFields(DailyStatsService stats) : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DailyStatsType>>>>("dailyStats")
            .Description($"One entry per local date from `from` through `to` (at most {DailyStatsService.MaxDays} days), up to today.")
            .Argument<NonNullGraphType<LocalDateGraphType>>("from")
            .Argument<NonNullGraphType<LocalDateGraphType>>("to")
            .WithComplexityImpact(context => FieldCosts.PerDayOfRange(context, DailyStatsService.MaxDays))
            .ResolveAsync(async context => await stats.ListAsync(
                context.UserId(), DateArguments.Required(context, "from"), DateArguments.Required(context, "to"),
                context.CancellationToken));
}
