using Goals.Server.WebSockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Goals.Server.Hosting;

/// <summary>
/// <c>app.UseGraphQLWebSocketUpgrades("/graphql", …)</c>, placed first in the pipeline: a WebSocket request lives as
/// long as its socket, and every middleware it passes stays suspended with it, holding its state (ADR 0168). Upgrades
/// on the GraphQL path therefore leave the main pipeline here and pass only the WebSockets middleware, what the host
/// adds in <c>admission</c> (authentication, connection metrics) and the request budget before the socket opens.
/// </summary>
public static class GraphQLWebSocketUpgrades
{
    public static IApplicationBuilder UseGraphQLWebSocketUpgrades(
        this IApplicationBuilder app, string pattern = "/graphql", Action<IApplicationBuilder>? admission = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(pattern);
        var path = new PathString(pattern.TrimEnd('/'));
        var upgrade = ActivatorUtilities.CreateInstance<GraphQLWebSocketUpgrade>(app.ApplicationServices);
        return app.MapWhen(
            context => IsGraphQLPath(context.Request.Path, path) && WebSocketUpgradeRequest.IsRequested(context),
            branch =>
            {
                // The protocol's own ping (GraphQL:WebSockets:KeepAliveInterval, on one timer for all sockets) keeps
                // connections alive; the framework's WebSocket ping would add a timer to every socket.
                branch.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.Zero });
                admission?.Invoke(branch);
                branch.Run(upgrade.HandleAsync);
            });
    }

    // The same paths the endpoint's route matches: the pattern, with or without a trailing slash, in any case.
    private static bool IsGraphQLPath(PathString requested, PathString path) =>
        requested.Equals(path, StringComparison.OrdinalIgnoreCase)
        || requested.Equals(path.Add("/"), StringComparison.OrdinalIgnoreCase);
}
