using System.Security.Claims;
using Goals.Server.WebSockets;

namespace Goals.Server.Tests.WebSockets;

/// <summary>Accepts connection_init payloads with a <c>user</c>, rejects <c>{"token": "wrong"}</c>.</summary>
public sealed class TestAuthenticator : IWebSocketConnectionAuthenticator
{
    public ValueTask<WebSocketAuthResult> AuthenticateAsync(
        WebSocketPeer peer, IReadOnlyDictionary<string, object?>? payload, CancellationToken cancellationToken)
    {
        if (payload?.GetValueOrDefault("token") is "wrong")
            return ValueTask.FromResult(WebSocketAuthResult.Reject());
        var name = payload?.GetValueOrDefault("user") as string;
        var user = name is null
            ? peer.User
            : new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, name)], "connection_init"));
        return ValueTask.FromResult(WebSocketAuthResult.Accept(user));
    }
}
