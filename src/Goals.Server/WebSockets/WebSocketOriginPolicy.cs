using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Goals.Server.WebSockets;

/// <summary>
/// Browsers let any page open a WebSocket to any server: CORS does not apply to the upgrade. Over HTTP a page on an
/// origin that is not allowed runs nothing (the CORS preflight, the CSRF guard and the JSON content type stop it), so
/// the upgrade is held to the same rule here: a browser's <c>Origin</c> must be this server's own or a listed CORS
/// origin. Clients that are not browsers send no <c>Origin</c> and are not concerned.
/// </summary>
internal sealed class WebSocketOriginPolicy(IEnumerable<string> allowedOrigins)
{
    private readonly HashSet<string> _allowed = new(allowedOrigins.Select(Normalize), StringComparer.OrdinalIgnoreCase);

    public bool Allows(HttpRequest request) =>
        Allows(request.Headers[HeaderNames.Origin].ToString(), request.Host.Value);

    /// <summary>The rule on the upgrade's <c>Origin</c> and <c>Host</c> header values.</summary>
    public bool Allows(string? origin, string? host)
    {
        if (string.IsNullOrEmpty(origin))
        {
            return true;
        }

        // Same origin: the page was served by this host (the IDE on /graphql); the scheme is left out because a
        // proxy that ends TLS shows the server plain HTTP.
        return (Uri.TryCreate(origin, UriKind.Absolute, out var uri)
                && string.Equals(uri.Authority, host, StringComparison.OrdinalIgnoreCase))
            || _allowed.Contains(Normalize(origin));
    }

    private static string Normalize(string origin) => origin.Trim().TrimEnd('/');
}
