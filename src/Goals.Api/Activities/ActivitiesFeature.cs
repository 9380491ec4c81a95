using Goals.Api.Goals;
using Goals.Api.GoalState;
using Goals.Api.GraphQL;
using Goals.Server.Relay;

namespace Goals.Api.Activities;

public static class ActivitiesFeature
{
    public static IServiceCollection AddActivitiesFeature(this IServiceCollection services)
    {
        services.AddGoalState();
        services.AddSingleton<GoalCompletion>();
        services.AddSingleton<GoalAfterChange>();
        services.AddSingleton<ActivityService>();
        services.AddSingleton<IMutationFields, ActivityFields>();
        services.AddSingleton<IGoalFields, GoalActivitiesField>();
        services.AddNodeResolver<ActivityNodeResolver>();
        return services;
    }
}
