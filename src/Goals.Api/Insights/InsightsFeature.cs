using Goals.Api.GraphQL;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Goals.Api.Insights;

public static class InsightsFeature
{
    public static IServiceCollection AddInsightsFeature(this IServiceCollection services)
    {
        services.AddInsightsServices();

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

    /// <summary>The portfolio reader that stats, insights and recommendations share; safe to call more than once.</summary>
    public static IServiceCollection AddInsightsServices(this IServiceCollection services)
    {
        services.TryAddSingleton<GoalPortfolioReader>();
        return services;
    }
}
