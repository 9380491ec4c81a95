using System.Security.Claims;

namespace Goals.Api.Common;

/// <summary>
/// Every Goals field is keyed by the token's <c>sub</c>: a correctly signed token without one names nobody, so it is
/// refused like a forged one (401 over HTTP, 4403 at connection_init) instead of reaching the fields anonymously.
/// </summary>
public static class TokenSubject
{
    public const string ClaimType = "sub";

    public const string MissingMessage = "The token has no 'sub' claim.";

    public static bool IsPresent(ClaimsIdentity? identity) =>
        !string.IsNullOrWhiteSpace(identity?.FindFirst(ClaimType)?.Value);
}
