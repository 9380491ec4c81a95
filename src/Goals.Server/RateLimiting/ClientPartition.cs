using System.Net;
using System.Security.Claims;

namespace Goals.Server.RateLimiting;

/// <summary>Whose budget a request spends: the signed-in user's, else its remote address's.</summary>
public static class ClientPartition
{
    public static string For(ClaimsPrincipal? user, IPAddress? remoteAddress) =>
        user?.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name }
            ? $"user:{name}"
            : $"ip:{remoteAddress?.ToString() ?? "unknown"}";
}
