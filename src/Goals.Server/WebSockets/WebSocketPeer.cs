using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Goals.Server.WebSockets;

/// <summary>
/// The other end of a socket as its upgrade request showed it, all a socket keeps of that request: the user it was
/// authenticated as (anonymous without credentials on the upgrade), its address (the rate limits of anonymous
/// clients) and the request's trace identifier (the prefix of each operation's request id).
/// </summary>
public sealed record WebSocketPeer(ClaimsPrincipal User, IPAddress? RemoteIpAddress, string TraceIdentifier)
{
    /// <summary>The peer of an upgrade that passed through the HTTP pipeline.</summary>
    public static WebSocketPeer Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new WebSocketPeer(context.User, context.Connection.RemoteIpAddress, context.TraceIdentifier);
    }
}
