using Microsoft.AspNetCore.Http;

namespace Goals.Server.Hosting;

/// <summary>
/// The transports that share the GraphQL path with HTTP: the endpoint hands WebSocket upgrades and browser
/// navigations (<c>Accept: text/html</c>) to these. Unset means the feature is not mapped.
/// </summary>
public sealed class GraphQLTransportHooks
{
    public RequestDelegate? WebSocket { get; set; }

    public RequestDelegate? Ide { get; set; }
}
