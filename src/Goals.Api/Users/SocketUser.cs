using System.Globalization;
using System.Security.Claims;
using Goals.Api.Common;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Goals.Api.Users;

/// <summary>
/// What a socket keeps of the token it was accepted with, for as long as it is open: the subject, as the one claim
/// every field, the rate limiter and the logs read (<c>sub</c>, also the identity's name), and the expiry as a number.
/// The validated token itself (a dozen claims with their property maps, the parsed JWT and its text) is about 3 KB,
/// which ten thousand idle sockets would otherwise hold for hours.
/// </summary>
public static class SocketUser
{
    /// <summary>Only the subject of <paramref name="user"/>; an anonymous caller stays anonymous.</summary>
    public static ClaimsPrincipal Minimal(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity is not ClaimsIdentity { IsAuthenticated: true } identity
            || identity.FindFirst(TokenSubject.ClaimType)?.Value is not { Length: > 0 } subject)
        {
            return user;
        }

        var kept = new ClaimsIdentity(
            [new Claim(TokenSubject.ClaimType, subject)], identity.AuthenticationType, TokenSubject.ClaimType, identity.RoleClaimType);
        return new ClaimsPrincipal(kept);
    }

    /// <summary>The token's <c>exp</c> claim (seconds since the Unix epoch); none for an anonymous caller.</summary>
    public static DateTimeOffset? ExpiryOf(ClaimsPrincipal user) =>
        long.TryParse(user?.FindFirst(JwtRegisteredClaimNames.Exp)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
}
