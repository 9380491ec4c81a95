using Goals.Server.Ide;
using Goals.Server.WebSockets;
using Microsoft.AspNetCore.Routing;

namespace Goals.Server.Hosting;

/// <summary>
/// Where the WebSocket and IDE transports plug into <see cref="GraphQLServerEndpointRouteBuilderExtensions.MapGraphQLServer"/>:
/// one line each, setting the hook the shared endpoint calls.
/// </summary>
internal static class GraphQLTransports
{
    public static void Attach(IEndpointRouteBuilder endpoints, string pattern, GraphQLTransportHooks hooks)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(hooks);
        hooks.WebSocket = endpoints.GraphQLWebSocketHandler(pattern);
        hooks.Ide = endpoints.GraphQLIdeResponder(pattern);
    }
}
