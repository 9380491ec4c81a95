using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Goals.Api.Users;

/// <summary>Mints HS256 tokens with the configured key, for development and tests; production tokens come from an IdP.</summary>
public sealed class DevTokenIssuer(AuthOptions auth, TimeProvider clock)
{
    public string Issue(string userId, TimeSpan? lifetime = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        if (string.IsNullOrEmpty(auth.SigningKey))
        {
            throw new InvalidOperationException("Auth:SigningKey is not set, so no development token can be signed.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var descriptor = new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity([new Claim("sub", userId)]),
            Issuer = auth.Issuer,
            Audience = auth.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + (lifetime ?? auth.DevTokenLifetime),
            SigningCredentials = new SigningCredentials(
                AuthenticationExtensions.SigningKey(auth.SigningKey), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
