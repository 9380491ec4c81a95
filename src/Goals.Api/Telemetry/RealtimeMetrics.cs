using System.Diagnostics.Metrics;
using Goals.Server.WebSockets;
using Microsoft.AspNetCore.Http.Features;

namespace Goals.Api.Telemetry;

/// <summary>
/// WebSocket connections and live events on the <c>Goals.Realtime</c> meter. A WebSocket request lasts as long as
/// its socket, so it is taken out of the HTTP request-duration histogram, where hours-long "requests" would swamp the
/// latency of real ones; its life shows here instead.
/// </summary>
public sealed class RealtimeMetrics : IWebSocketConnectionListener
{
    public const string MeterName = "Goals.Realtime";
    public const string ConnectionsInstrument = "goals_websocket_connections";

    private readonly UpDownCounter<long> _open;
    private readonly Counter<long> _opened;
    private readonly Counter<long> _published;
    private readonly Counter<long> _delivered;

    public RealtimeMetrics(IMeterFactory meters, SharedSubscriptions? shared = null)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        if (shared is not null)
        {
            // Members over executions is how much work sharing saves: each execution serves all its members.
            meter.CreateObservableGauge("goals_shared_subscription_executions", () => shared.Executions,
                description: "Subscription executions that identical socket subscriptions share now.");
            meter.CreateObservableGauge("goals_shared_subscription_members", () => shared.Members,
                description: "Socket subscriptions receiving the events of a shared execution now.");
        }

        _open = meter.CreateUpDownCounter<long>(ConnectionsInstrument, description: "WebSocket connections open now.");
        _opened = meter.CreateCounter<long>("goals_websocket_connections_opened", description: "WebSocket connections accepted.");
        _published = meter.CreateCounter<long>("goals_events_published", description: "Change events published by this replica.");
        _delivered = meter.CreateCounter<long>("goals_events_delivered", description: "Change events handed to this replica's subscribers.");
    }

    public void Published(string kind) => _published.Add(1, new KeyValuePair<string, object?>("kind", kind));

    public void Delivered(string kind) => _delivered.Add(1, new KeyValuePair<string, object?>("kind", kind));

    /// <summary>A socket accepted, whichever way its upgrade came (the HTTP pipeline or the connection).</summary>
    public void Opened()
    {
        _opened.Add(1);
        _open.Add(1);
    }

    public void Closed() => _open.Add(-1);

    /// <summary>Middleware: keeps a WebSocket upgrade request, which lasts as long as its socket, out of the HTTP metrics.</summary>
    public Task ExcludeUpgradesAsync(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        // This runs before the WebSockets middleware, which has not yet offered the feature.
        if (WebSocketUpgradeRequest.IsRequested(context) && context.Features.Get<IHttpMetricsTagsFeature>() is { } httpMetrics)
        {
            httpMetrics.MetricsDisabled = true;
        }

        return next(context);
    }
}
