using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Goals.Api.GoalState;

public static class GoalStateExtensions
{
    /// <summary>The goal-state path: its reader and the portfolio read on it (the field loaders are made per request).</summary>
    public static IServiceCollection AddGoalState(this IServiceCollection services)
    {
        services.TryAddSingleton<GoalStateReader>();
        services.TryAddSingleton<GoalPortfolioReader>();
        return services;
    }
}
