using System.Security.Claims;
using GraphQL;

namespace Goals.Server.WebSockets;

/// <summary>
/// What both GraphQL WebSocket subprotocols share: the connection_init timeout, authentication, the credentials'
/// expiry, the keep-alive and starting and stopping operations. Subclasses only name the messages. The deadlines are
/// numbers checked on the shared tick (<see cref="OnTick"/>), not timers of the socket's own.
/// </summary>
internal abstract partial class OperationProtocolBase(
    WebSocketSession session,
    WebSocketPeer peer,
    IWebSocketConnectionAuthenticator authenticator,
    WebSocketProtocolServices services) : IWebSocketProtocol, IOperationResultSink
{
    private readonly OperationRegistry _operations = new(session.Closed);
    private long _initDeadline; // UTC ticks by which connection_init must have arrived
    private int _initReceived;
    private ClaimsPrincipal? _user;
    private long _expiresAt; // UTC ticks when the credentials expire; 0 for none

    protected WebSocketSession Session => session;

    /// <summary>The subprotocol's name: identical subscriptions share an execution only within one subprotocol.</summary>
    protected abstract string Subprotocol { get; }

    protected WebSocketProtocolServices Services => services;

    public void OnOpened() =>
        Volatile.Write(ref _initDeadline, (services.Time.GetUtcNow() + services.Options.ConnectionInitWaitTimeout).UtcTicks);

    /// <summary>
    /// No connection_init in time: 4408. The credentials' expiry: 4403 (and <see cref="HasExpired"/> lets every
    /// operation and event check the clock itself, so nothing runs or is sent on an expired token between ticks).
    /// Otherwise, on the keep-alive tick, an acknowledged socket sends its keep-alive.
    /// </summary>
    public void OnTick(DateTimeOffset now, bool keepAlive)
    {
        if (Volatile.Read(ref _initReceived) == 0)
        {
            // No deadline yet: not opened (the tick must not close a socket before its clock started).
            if (Volatile.Read(ref _initDeadline) is var deadline && deadline != 0 && now.UtcTicks >= deadline)
            {
                session.Close(WebSocketCloseReason.ConnectionInitialisationTimeout);
            }
        }
        else if (HasExpired(now))
        {
            session.Close(WebSocketCloseReason.CredentialsExpired);
        }
        else if (keepAlive && Volatile.Read(ref _user) is not null)
        {
            SendKeepAlive();
        }
    }

    public abstract ValueTask<WebSocketCloseReason?> HandleAsync(string text);

    public void OnClosing() => _operations.StopAll();

    /// <summary>Queues a message; once the credentials have expired, closes the socket instead.</summary>
    public void Send(string type, string? id = null, object? payload = null)
    {
        if (!ClosedForExpiry())
        {
            session.Send(services.Messages.Serialize(type, id, payload));
        }
    }

    public void SendComposed(ReadOnlyMemory<byte> utf8Message)
    {
        if (!ClosedForExpiry())
        {
            session.Send(utf8Message);
        }
    }

    public abstract byte[] EventPrefix(string id);

    public abstract void SendNext(string id, ExecutionResult result);

    public abstract void SendError(string id, ExecutionErrors errors);

    public abstract void SendComplete(string id);

    public void Fault() => session.Close(WebSocketCloseReason.InternalServerError);

    /// <summary>Sends the acknowledgement (or rejection) for a connection_init.</summary>
    protected abstract void OnInitialised(bool accepted);

    /// <summary>Sent on every keep-alive tick.</summary>
    protected abstract void SendKeepAlive();

    protected async ValueTask<WebSocketCloseReason?> InitAsync(ClientMessage message)
    {
        if (!message.HasObjectOrNoPayload)
        {
            return InvalidPayload(message);
        }

        if (Interlocked.Exchange(ref _initReceived, 1) == 1)
        {
            return WebSocketCloseReason.TooManyInitialisationRequests;
        }

        var payload = services.Payloads.ReadInitPayload(message.Payload);
        var result = await authenticator.AuthenticateAsync(peer, payload, session.Closed);
        var expired = result.ExpiresAt <= services.Time.GetUtcNow();
        OnInitialised(result.IsAccepted && !expired);
        if (result.User is null || expired)
        {
            return expired ? WebSocketCloseReason.CredentialsExpired : WebSocketCloseReason.Forbidden;
        }

        if (result.ExpiresAt is { } expiresAt)
        {
            Volatile.Write(ref _expiresAt, expiresAt.UtcTicks);
        }

        // From here on the shared tick sends this socket its keep-alive.
        Volatile.Write(ref _user, result.User);
        return null;
    }

    private bool ClosedForExpiry()
    {
        if (!HasExpired(services.Time.GetUtcNow()))
        {
            return false;
        }

        session.Close(WebSocketCloseReason.CredentialsExpired);
        return true;
    }

    private bool HasExpired(DateTimeOffset now) => Volatile.Read(ref _expiresAt) is var expiresAt and not 0 && now.UtcTicks >= expiresAt;

    protected static WebSocketCloseReason InvalidPayload(ClientMessage message) =>
        WebSocketCloseReason.BadRequest($"Invalid payload for {message.Type}: it must be an object");

    protected static WebSocketCloseReason Unexpected(ClientMessage? message) => message is null
        ? WebSocketCloseReason.BadRequest("Invalid message received")
        : WebSocketCloseReason.BadRequest($"Unexpected message of type {message.Type} received");
}
