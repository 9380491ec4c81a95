using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;

namespace Goals.Server.WebSockets;

/// <summary>Whether a request asks for a WebSocket, answerable before the WebSockets middleware has run.</summary>
public static class WebSocketUpgradeRequest
{
    /// <summary>
    /// An HTTP/1.1 upgrade or an HTTP/2 extended CONNECT for "websocket", or a server (the test server) that already
    /// offers the WebSocket feature.
    /// </summary>
    public static bool IsRequested(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.WebSockets.IsWebSocketRequest
            || (context.Features.Get<IHttpUpgradeFeature>() is { IsUpgradableRequest: true }
                && HasToken(context.Request.Headers.Upgrade, "websocket"))
            || context.Features.Get<IHttpExtendedConnectFeature>() is { IsExtendedConnect: true, Protocol: "websocket" };
    }

    private static bool HasToken(StringValues values, string token) =>
        values.Any(value => value?.Split(',').Any(part => part.Trim().Equals(token, StringComparison.OrdinalIgnoreCase)) == true);
}
