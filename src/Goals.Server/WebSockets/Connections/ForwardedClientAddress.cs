using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Goals.Server.WebSockets.Connections;

/// <summary>
/// The client's address for an upgrade served from the connection, as the HTTP pipeline would see it: behind a
/// trusted proxy (the host's <see cref="ForwardedHeadersOptions"/>, which its <c>UseForwardedHeaders</c> applies to
/// every request), the address the proxy forwarded in <c>X-Forwarded-For</c>, decided by the framework's own
/// middleware, so both paths charge a client's budget to the same address. Without forwarding configured, the
/// connection's remote address.
/// </summary>
internal sealed class ForwardedClientAddress(IOptions<ForwardedHeadersOptions> options, ILoggerFactory loggers)
{
    private const string StandardHeader = "X-Forwarded-For";
    private readonly ForwardedHeadersMiddleware _forwarders = new(_ => Task.CompletedTask, loggers, options);

    /// <summary>
    /// Whether this path can tell the address: forwarding is off, or uses the standard header, which the upgrade's
    /// head keeps. Under another header name upgrades take the pipeline.
    /// </summary>
    public bool Applies => !ForwardsFor || string.Equals(options.Value.ForwardedForHeaderName, StandardHeader, StringComparison.OrdinalIgnoreCase);

    private bool ForwardsFor => options.Value.ForwardedHeaders.HasFlag(ForwardedHeaders.XForwardedFor);

    public IPAddress? Of(ConnectionContext connection, UpgradeRequestHead head)
    {
        var remote = connection.RemoteEndPoint as IPEndPoint;
        if (!ForwardsFor || head.ForwardedFor is null || remote is null)
        {
            return remote?.Address;
        }

        // A scratch request holding only what the forwarders read: the peer and the forwarded header.
        var request = new DefaultHttpContext();
        request.Connection.RemoteIpAddress = remote.Address;
        request.Connection.RemotePort = remote.Port;
        request.Request.Headers[StandardHeader] = head.ForwardedFor;
        _forwarders.ApplyForwarders(request);
        return request.Connection.RemoteIpAddress;
    }
}
