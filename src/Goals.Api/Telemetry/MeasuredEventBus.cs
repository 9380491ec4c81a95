using System.Reactive.Linq;
using Goals.Api.Infrastructure.Events;

namespace Goals.Api.Telemetry;

/// <summary>
/// Counts what goes through the bus: each event this replica publishes, and each one handed to a subscriber here
/// (its own, and with Redis the other replicas', and the synthetic "look again" hints after a reconnect).
/// </summary>
public sealed class MeasuredEventBus(IEventBus inner, RealtimeMetrics metrics) : IEventBus
{
    /// <summary>The bus this one measures.</summary>
    public IEventBus Inner => inner;

    public async Task PublishAsync(string topic, ChangeEvent change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        await inner.PublishAsync(topic, change, cancellationToken);
        metrics.Published(change.Kind);
    }

    public IObservable<ChangeEvent> Observe(string topic) =>
        inner.Observe(topic).Do(change => metrics.Delivered(change.Kind));
}
