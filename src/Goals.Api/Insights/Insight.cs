using Goals.Api.Goals;
using Goals.Storage.Abstractions;
using GraphQL.Types;

namespace Goals.Api.Insights;

/// <param name="Kind">Which rule produced it, e.g. <c>STREAK_RECORD</c> (see docs/api.md for the list).</param>
/// <param name="Goal">The goal it is about; null for insights about all goals.</param>
public sealed record Insight(string Kind, string Message, GoalRecord? Goal);

public sealed class InsightType : ObjectGraphType<Insight>
{
    public InsightType()
    {
        Name = "Insight";
        Description = "An observation about the caller's goals, computed from their activities by a fixed rule.";
        Field(insight => insight.Kind).Description(
            "The rule: AT_RISK_TODAY (live), or STREAK_RECORD, PERFECT_WEEK, NEGLECTED, LAST_7_DAYS, BEST_WEEKDAY "
            + "(about the days before today, refreshed by the day close).");
        Field(insight => insight.Message).Description("The observation, for people.");
        Field<GoalType>("goal").Description("The goal it is about; null when it is about all goals.")
            .Resolve(context => context.Source.Goal);
    }
}
