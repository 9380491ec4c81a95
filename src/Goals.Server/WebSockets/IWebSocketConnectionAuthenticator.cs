namespace Goals.Server.WebSockets;

/// <summary>
/// Decides whether a socket may run operations, from the <c>connection_init</c> payload: browsers cannot set headers
/// on a WebSocket, so credentials (for example <c>payload.Authorization = "Bearer …"</c>) travel there.
/// </summary>
public interface IWebSocketConnectionAuthenticator
{
    /// <summary>
    /// Accepts with the user every operation on this socket runs as, or rejects (closes with 4403);
    /// <paramref name="peer"/> is who the upgrade request was authenticated as.
    /// </summary>
    ValueTask<WebSocketAuthResult> AuthenticateAsync(
        WebSocketPeer peer,
        IReadOnlyDictionary<string, object?>? payload,
        CancellationToken cancellationToken);
}
