using Goals.Api.GoalState;
using Goals.Api.GraphQL;

namespace Goals.Api.Stats;

public static class StatsFeature
{
    public static IServiceCollection AddStatsFeature(this IServiceCollection services)
    {
        services.AddGoalState();
        services.AddSingleton<DailyStatsService>();
        services.AddSingleton<IQueryFields, StatsFields>();
        return services;
    }
}
