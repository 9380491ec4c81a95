using System.Security.Claims;
using Goals.Server.WebSockets;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Goals.Api.Users;

/// <summary>
/// Browsers cannot set headers on a WebSocket, so the token travels in <c>connection_init</c>'s payload as
/// <c>{"Authorization": "Bearer …"}</c>; it is validated exactly like the HTTP header. No token: the socket runs as
/// the upgrade request's user (anonymous unless it carried a header). A bad token, or one without <c>sub</c>, closes
/// the socket with 4403.
/// </summary>
public sealed class JwtWebSocketAuthenticator(IOptionsMonitor<JwtBearerOptions> options) : IWebSocketConnectionAuthenticator
{
    private static readonly JsonWebTokenHandler Handler = new() { MapInboundClaims = false };

    public async ValueTask<WebSocketAuthResult> AuthenticateAsync(
        HttpContext httpContext, IReadOnlyDictionary<string, object?>? payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var token = BearerToken(payload);
        if (token is null)
        {
            return WebSocketAuthResult.Accept(httpContext.User);
        }

        var jwt = options.Get(JwtBearerDefaults.AuthenticationScheme);
        var parameters = jwt.TokenValidationParameters.Clone();
        if (jwt.ConfigurationManager is { } configuration)
        {
            parameters.IssuerSigningKeys = (await configuration.GetConfigurationAsync(cancellationToken)).SigningKeys;
        }

        var result = await Handler.ValidateTokenAsync(token, parameters);
        return result.IsValid && TokenSubject.IsPresent(result.ClaimsIdentity)
            ? WebSocketAuthResult.Accept(new ClaimsPrincipal(result.ClaimsIdentity))
            : WebSocketAuthResult.Reject();
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
