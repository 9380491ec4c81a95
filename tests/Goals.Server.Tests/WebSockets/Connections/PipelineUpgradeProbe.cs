using Goals.Server.WebSockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Goals.Server.Tests.WebSockets.Connections;

/// <summary>Counts the WebSocket upgrade requests that reach the HTTP pipeline (its first middleware).</summary>
public sealed class PipelineUpgradeProbe : IStartupFilter
{
    private int _upgrades;

    public int Upgrades => Volatile.Read(ref _upgrades);

    public static PipelineUpgradeProbe AddTo(IServiceCollection services)
    {
        var probe = new PipelineUpgradeProbe();
        services.AddSingleton<IStartupFilter>(probe);
        return probe;
    }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, following) =>
        {
            if (WebSocketUpgradeRequest.IsRequested(context))
                Interlocked.Increment(ref _upgrades);
            return following(context);
        });
        next(app);
    };
}
