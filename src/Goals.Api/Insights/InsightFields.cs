using Goals.Api.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace Goals.Api.Insights;

public sealed class InsightFields(InsightService insights) : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<InsightType>>>>("insights")
            .Description("Observations about the caller's goals: streaks at risk, records, neglected goals, trends.")
            .WithComplexityImpact(FieldCosts.Insights)
            .ResolveAsync(async context => await insights.ListAsync(context.UserId(), context.CancellationToken));
}
