using System.Security.Claims;

namespace Goals.Server.WebSockets;

/// <summary>
/// The outcome of authenticating a <c>connection_init</c>: accepted with a user (until an expiry, if the credentials
/// have one), or rejected.
/// </summary>
public sealed record WebSocketAuthResult
{
    private WebSocketAuthResult(ClaimsPrincipal? user, DateTimeOffset? expiresAt)
    {
        User = user;
        ExpiresAt = expiresAt;
    }

    /// <summary>The user operations run as; <c>null</c> when rejected.</summary>
    public ClaimsPrincipal? User { get; }

    /// <summary>When the credentials stop being valid: the socket is closed with 4403 at that instant.</summary>
    public DateTimeOffset? ExpiresAt { get; }

    /// <summary>Whether the connection is acknowledged.</summary>
    public bool IsAccepted => User is not null;

    /// <summary>
    /// Acknowledge the connection; operations run as <paramref name="user"/>, until <paramref name="expiresAt"/> when
    /// given (a token's <c>exp</c>): from then on no operation starts and the socket is closed with 4403.
    /// </summary>
    public static WebSocketAuthResult Accept(ClaimsPrincipal user, DateTimeOffset? expiresAt = null) =>
        new(user ?? throw new ArgumentNullException(nameof(user)), expiresAt);

    /// <summary>Refuse the connection: the socket is closed with 4403 Forbidden.</summary>
    public static WebSocketAuthResult Reject() => new(null, null);
}
