using Goals.Api.GraphQL;

namespace Goals.Api.Realtime;

public static class RealtimeFeature
{
    public static IServiceCollection AddRealtimeFeature(this IServiceCollection services)
    {
        services.AddSingleton<GoalProgressFeed>();
        services.AddSingleton<NotificationFeed>();
        services.AddSingleton<ISubscriptionFields, RealtimeFields>();
        return services;
    }
}
