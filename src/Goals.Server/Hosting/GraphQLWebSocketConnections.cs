using Goals.Server.RateLimiting;
using Goals.Server.WebSockets;
using Goals.Server.WebSockets.Connections;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Goals.Server.Hosting;

/// <summary>
/// <c>builder.WebHost.UseGraphQLWebSocketConnections("/graphql")</c>: plain WebSocket upgrades on the GraphQL path
/// are served from Kestrel's connections, before HTTP processing (ADR 0171), on every endpoint Kestrel listens on
/// (plain HTTP/1.1; TLS endpoints pass every request on to Kestrel). Keep <c>UseGraphQLWebSocketUpgrades</c> too: the
/// upgrades this path leaves alone (a bearer header, a refusal) go through the pipeline.
/// </summary>
public static class GraphQLWebSocketConnections
{
    /// <param name="webHost">The host whose Kestrel endpoints to wire.</param>
    /// <param name="pattern">The GraphQL path.</param>
    /// <param name="serves">Which connections to look at (for instance, not those of a management port); all when null.</param>
    public static IWebHostBuilder UseGraphQLWebSocketConnections(
        this IWebHostBuilder webHost, string pattern = "/graphql", Func<IServiceProvider, ConnectionContext, bool>? serves = null)
    {
        ArgumentNullException.ThrowIfNull(webHost);
        ArgumentNullException.ThrowIfNull(pattern);
        return webHost.ConfigureKestrel(kestrel =>
            kestrel.ConfigureEndpointDefaults(listen => listen.UseGraphQLWebSocketConnections(pattern, serves)));
    }

    public static ListenOptions UseGraphQLWebSocketConnections(
        this ListenOptions listen, string pattern = "/graphql", Func<IServiceProvider, ConnectionContext, bool>? serves = null)
    {
        ArgumentNullException.ThrowIfNull(listen);
        ArgumentNullException.ThrowIfNull(pattern);
        listen.Use(next =>
        {
            var services = listen.ApplicationServices;
            var admission = new ConnectionUpgradeAdmission(
                new PathString(pattern.TrimEnd('/')),
                serves is null ? null : connection => serves(services, connection),
                services.GetRequiredService<GraphQLTransportHooks>(),
                services.GetRequiredService<GraphQLWebSocketHandler>(),
                services.GetRequiredService<GraphQLRateLimiter>(),
                new ForwardedClientAddress(
                    services.GetRequiredService<IOptions<ForwardedHeadersOptions>>(), services.GetRequiredService<ILoggerFactory>()),
                services.GetRequiredService<IOptions<GraphQLWebSocketOptions>>());
            return new WebSocketConnectionUpgrades(next, admission, services.GetService<TimeProvider>() ?? TimeProvider.System)
                .OnConnectedAsync;
        });
        return listen;
    }
}
