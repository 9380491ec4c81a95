using Microsoft.AspNetCore.Http;

namespace Goals.Server.WebSockets;

/// <summary>The default: accept every connection as whoever the HTTP upgrade request was authenticated as.</summary>
public sealed class HttpContextUserAuthenticator : IWebSocketConnectionAuthenticator
{
    /// <inheritdoc />
    public ValueTask<WebSocketAuthResult> AuthenticateAsync(
        HttpContext httpContext,
        IReadOnlyDictionary<string, object?>? payload,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        return ValueTask.FromResult(WebSocketAuthResult.Accept(httpContext.User));
    }
}
