using Goals.Api.GraphQL;
using Goals.Server.Relay;

namespace Goals.Api.Goals;

/// <summary>Goals: queries, mutations and <c>node(id)</c> for goals. Progress fields need no services of their own.</summary>
public static class GoalsFeature
{
    public static IServiceCollection AddGoalsFeature(this IServiceCollection services)
    {
        services.AddSingleton<GoalService>();
        services.AddSingleton<GoalStatusService>();
        services.AddSingleton<GoalUnarchiveService>();
        services.AddSingleton<IQueryFields, GoalQueries>();
        services.AddSingleton<IMutationFields, GoalMutations>();
        services.AddNodeResolver<GoalNodeResolver>();
        return services;
    }
}
