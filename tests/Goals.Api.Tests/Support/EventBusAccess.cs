using Goals.Api.Infrastructure.Events;
using Goals.Api.Telemetry;
using Microsoft.Extensions.DependencyInjection;

namespace Goals.Api.Tests.Support;

/// <summary>The host's event bus below the metrics wrapper, for tests that count a bus's observers.</summary>
public static class EventBusAccess
{
    public static TBus EventBus<TBus>(this IServiceProvider services) where TBus : IEventBus =>
        (TBus)((MeasuredEventBus)services.GetRequiredService<IEventBus>()).Inner;
}
