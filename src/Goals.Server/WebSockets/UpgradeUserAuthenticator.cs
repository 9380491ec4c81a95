namespace Goals.Server.WebSockets;

/// <summary>The default: accept every connection as whoever the HTTP upgrade request was authenticated as.</summary>
public sealed class UpgradeUserAuthenticator : IWebSocketConnectionAuthenticator
{
    /// <inheritdoc />
    public ValueTask<WebSocketAuthResult> AuthenticateAsync(
        WebSocketPeer peer,
        IReadOnlyDictionary<string, object?>? payload,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(peer);
        return ValueTask.FromResult(WebSocketAuthResult.Accept(peer.User));
    }
}
