using System.Net;
using Goals.Server.Hosting;
using Goals.Server.RateLimiting;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Goals.Server.WebSockets.Connections;

/// <summary>
/// Which upgrades are served straight from the connection (ADR 0171): only those the HTTP pipeline would accept with
/// nothing of its own to do — the GraphQL path, a valid handshake, no credentials on the upgrade (browsers send theirs
/// in <c>connection_init</c>), an allowed <c>Origin</c> and budget left for the client's address. Everything else
/// (a bearer header, a refusal, another path, an address at its socket bound) goes on to Kestrel and the pipeline,
/// which answer it as before.
/// </summary>
internal sealed class ConnectionUpgradeAdmission(
    PathString path,
    Func<ConnectionContext, bool>? serves,
    GraphQLTransportHooks hooks,
    GraphQLWebSocketHandler handler,
    GraphQLRateLimiter limiter,
    ForwardedClientAddress clients,
    IOptions<GraphQLWebSocketOptions> options)
{
    public GraphQLWebSocketHandler Handler => handler;

    /// <summary>Whether to look at this connection's first request at all.</summary>
    public bool Serves(ConnectionContext connection) =>
        options.Value.UpgradeOnConnection && hooks.WebSocket is not null && clients.Applies && (serves?.Invoke(connection) ?? true);

    /// <summary>
    /// Whether to take the upgrade here, the subprotocol to answer it with (none: the socket gets 4406), and the
    /// client's address (forwarded by a trusted proxy, or the connection's).
    /// </summary>
    public bool TryAdmit(UpgradeRequestHead head, ConnectionContext connection, out string? subprotocol, out IPAddress? client)
    {
        subprotocol = null;
        client = null;
        if (!IsGraphQLPath(head.Path) || !WebSocketHandshake.IsValid(head) || head.HasAuthorization
            || !handler.AllowsOrigin(head.Origin, head.Host))
        {
            return false;
        }

        // An address at its socket bound goes on to the pipeline, which spends its budget once and answers 429.
        // Admitted, the socket holds its place until the caller gives it back (handler.Closed), however it ends.
        client = clients.Of(connection, head);
        if (!handler.TryOpen(client, logRefusal: false))
        {
            return false;
        }

        // A spent budget goes on to the pipeline, which spends it again (refused either way) and answers 429.
        if (limiter.Enabled && limiter.TrySpendRequest(ClientPartition.For(null, client)) is not null)
        {
            handler.Closed(client);
            return false;
        }

        subprotocol = handler.ChooseSubprotocol(head.Subprotocols);
        return true;
    }

    // The paths the endpoint's route matches: the pattern, with or without a trailing slash, in any case.
    private bool IsGraphQLPath(string requested) =>
        path.Equals(new PathString(requested), StringComparison.OrdinalIgnoreCase)
        || path.Add("/").Equals(new PathString(requested), StringComparison.OrdinalIgnoreCase);
}
