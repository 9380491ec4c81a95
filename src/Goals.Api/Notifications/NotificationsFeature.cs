using Goals.Api.GraphQL;
using Goals.Server.Relay;

namespace Goals.Api.Notifications;

/// <summary>The inbox's query, mutation and node resolver; live delivery (onNotification) is Realtime's.</summary>
public static class NotificationsFeature
{
    public static IServiceCollection AddNotificationsFeature(this IServiceCollection services)
    {
        services.AddSingleton<NotificationService>();
        services.AddSingleton<NotificationFields>();
        services.AddSingleton<IQueryFields>(provider => provider.GetRequiredService<NotificationFields>());
        services.AddSingleton<IMutationFields>(provider => provider.GetRequiredService<NotificationFields>());
        services.AddNodeResolver<NotificationNodeResolver>();
        return services;
    }
}
