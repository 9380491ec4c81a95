using Goals.Api.Common;
using System.Security.Claims;
using Goals.Server.WebSockets;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Goals.Api.Users;

/// <summary>
/// Browsers cannot set headers on a WebSocket, so the token travels in <c>connection_init</c>'s payload as
/// <c>{"Authorization": "Bearer …"}</c>; it is validated exactly like the HTTP header. No token: the socket runs as
/// the upgrade request's user (anonymous unless it carried a header). A bad token, or one without <c>sub</c>, closes
/// the socket with 4403, and so does the token's expiry (<c>exp</c>), whichever way it came. The socket keeps only
/// the token's subject and expiry (<see cref="SocketUser"/>).
/// </summary>
public sealed class JwtWebSocketAuthenticator(IOptionsMonitor<JwtBearerOptions> options, TimeProvider time) : IWebSocketConnectionAuthenticator
{
    private static readonly JsonWebTokenHandler Handler = new() { MapInboundClaims = false };

    public async ValueTask<WebSocketAuthResult> AuthenticateAsync(
        WebSocketPeer peer, IReadOnlyDictionary<string, object?>? payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(peer);
        var token = BearerToken(payload);
        if (token is null)
        {
            return WebSocketAuthResult.Accept(SocketUser.Minimal(peer.User), SocketUser.ExpiryOf(peer.User));
        }

        var jwt = options.Get(JwtBearerDefaults.AuthenticationScheme);
        var parameters = jwt.TokenValidationParameters.Clone();
        parameters.LifetimeValidator = LifetimeOnOurClock;
        if (jwt.ConfigurationManager is { } configuration)
        {
            parameters.IssuerSigningKeys = (await configuration.GetConfigurationAsync(cancellationToken)).SigningKeys;
        }

        var result = await Handler.ValidateTokenAsync(token, parameters);
        if (!result.IsValid || !TokenSubject.IsPresent(result.ClaimsIdentity))
        {
            return WebSocketAuthResult.Reject();
        }

        var user = new ClaimsPrincipal(result.ClaimsIdentity);
        return WebSocketAuthResult.Accept(SocketUser.Minimal(user), SocketUser.ExpiryOf(user));
    }

    // The lifetime is checked on the injected clock, the same one the socket's expiry timer runs on.
    private bool LifetimeOnOurClock(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return expires is { } expiry && now < expiry + parameters.ClockSkew
            && (notBefore is not { } start || now >= start - parameters.ClockSkew);
    }

    private static string? BearerToken(IReadOnlyDictionary<string, object?>? payload)
    {
        var value = payload?.FirstOrDefault(entry => entry.Key.Equals("Authorization", StringComparison.OrdinalIgnoreCase)).Value;
        var text = value?.ToString()?.Trim();
        return text is null or ""
            ? null
            : text.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? text[7..].Trim() : text;
    }
}
