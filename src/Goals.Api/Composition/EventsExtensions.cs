using Goals.Api.Infrastructure.Events;
using Goals.Api.Infrastructure.Redis;
using Goals.Api.Telemetry;
using Goals.Storage.Abstractions;

namespace Goals.Api.Composition;

public static class EventsExtensions
{
    /// <summary>
    /// The in-process bus, and the store decorators that announce each successful write: subscribers learn of every
    /// change whichever use case (API or job) made it. Call after the stores are registered.
    /// </summary>
    public static WebApplicationBuilder AddGoalsEvents(this WebApplicationBuilder builder)
    {
        // With Redis configured, replicas fan out to each other; without it, subscribers see this process's changes.
        var redis = builder.Configuration.GetConnectionString("Redis");
        if (string.IsNullOrWhiteSpace(redis))
        {
            builder.Services.AddSingleton<IEventBus, InProcessEventBus>();
        }
        else
        {
            builder.Services.AddRedisEventBus(redis);
        }

        builder.Services.Decorate<IEventBus, MeasuredEventBus>();
        builder.Services.Decorate<IActivityStore, PublishingActivityStore>();
        builder.Services.Decorate<IGoalStore, PublishingGoalStore>();
        builder.Services.Decorate<IExcusalStore, PublishingExcusalStore>();
        builder.Services.Decorate<IUserStore, PublishingUserStore>();
        builder.Services.Decorate<INotificationStore, PublishingNotificationStore>();
        return builder;
    }
}
