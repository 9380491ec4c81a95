using Goals.Api.GoalState;
using Goals.Api.GraphQL;

namespace Goals.Api.Insights;

public static class InsightsFeature
{
    public static IServiceCollection AddInsightsFeature(this IServiceCollection services)
    {
        services.AddGoalState();

        // The order here is the order of the answer: what needs doing today (the live rules) comes first.
        services.AddSingleton<IInsightRule, AtRiskTodayRule>();
        services.AddSingleton<IInsightRule, StreakRecordRule>();
        services.AddSingleton<IInsightRule, PerfectWeekRule>();
        services.AddSingleton<IInsightRule, NeglectedGoalRule>();
        services.AddSingleton<IInsightRule, LastSevenDaysRule>();
        services.AddSingleton<IInsightRule, BestWeekdayRule>();
        services.AddSingleton<InsightService>();
        services.AddSingleton<IQueryFields, InsightFields>();
        return services;
    }
}
