using Microsoft.AspNetCore.Http;

namespace Goals.Server.WebSockets;

/// <summary>
/// Decides whether a socket may run operations, from the <c>connection_init</c> payload: browsers cannot set headers
/// on a WebSocket, so credentials (for example <c>payload.Authorization = "Bearer …"</c>) travel there.
/// </summary>
public interface IWebSocketConnectionAuthenticator
{
    /// <summary>Accepts with the user every operation on this socket runs as, or rejects (closes with 4403).</summary>
    ValueTask<WebSocketAuthResult> AuthenticateAsync(
        HttpContext httpContext,
        IReadOnlyDictionary<string, object?>? payload,
        CancellationToken cancellationToken);
}
