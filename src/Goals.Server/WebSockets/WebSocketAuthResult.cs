using System.Security.Claims;

namespace Goals.Server.WebSockets;

/// <summary>The outcome of authenticating a <c>connection_init</c>: accepted with a user, or rejected.</summary>
public sealed record WebSocketAuthResult
{
    private WebSocketAuthResult(ClaimsPrincipal? user) => User = user;

    /// <summary>The user operations run as; <c>null</c> when rejected.</summary>
    public ClaimsPrincipal? User { get; }

    /// <summary>Whether the connection is acknowledged.</summary>
    public bool IsAccepted => User is not null;

    /// <summary>Acknowledge the connection; operations run as <paramref name="user"/>.</summary>
    public static WebSocketAuthResult Accept(ClaimsPrincipal user) => new(user ?? throw new ArgumentNullException(nameof(user)));

    /// <summary>Refuse the connection: the socket is closed with 4403 Forbidden.</summary>
    public static WebSocketAuthResult Reject() => new((ClaimsPrincipal?)null);
}
