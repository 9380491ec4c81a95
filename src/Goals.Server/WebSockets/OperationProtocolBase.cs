using System.Security.Claims;
using GraphQL;
using Microsoft.AspNetCore.Http;

namespace Goals.Server.WebSockets;

/// <summary>
/// What both GraphQL WebSocket subprotocols share: the connection_init timeout, authentication, the keep-alive
/// timer and starting and stopping operations. Subclasses only name the messages.
/// </summary>
internal abstract class OperationProtocolBase(
    WebSocketSession session,
    HttpContext httpContext,
    IWebSocketConnectionAuthenticator authenticator,
    WebSocketProtocolServices services) : IWebSocketProtocol, IOperationResultSink
{
    private readonly OperationRegistry _operations = new(session.Closed);
    private ITimer? _initTimeout;
    private int _initReceived;
    private ClaimsPrincipal? _user;
    private CredentialExpiry? _expiry;
    private IDisposable? _keepAlive;

    protected WebSocketSession Session => session;

    protected WebSocketProtocolServices Services => services;

    public void OnOpened() => _initTimeout = services.Time.CreateTimer(
        _ => { if (Volatile.Read(ref _initReceived) == 0) session.Close(WebSocketCloseReason.ConnectionInitialisationTimeout); },
        null, services.Options.ConnectionInitWaitTimeout, Timeout.InfiniteTimeSpan);

    public abstract ValueTask<WebSocketCloseReason?> HandleAsync(string text);

    public void OnClosing()
    {
        _initTimeout?.Dispose();
        Volatile.Read(ref _expiry)?.Dispose();
        Interlocked.Exchange(ref _keepAlive, null)?.Dispose();
        _operations.StopAll();
    }

    /// <summary>Queues a message; once the credentials have expired, closes the socket instead.</summary>
    public void Send(string type, string? id = null, object? payload = null)
    {
        if (Volatile.Read(ref _expiry)?.HasExpired == true)
        {
            session.Close(WebSocketCloseReason.CredentialsExpired);
            return;
        }

        session.Send(services.Messages.Serialize(type, id, payload));
    }

    public abstract void SendNext(string id, ExecutionResult result);

    public abstract void SendError(string id, ExecutionErrors errors);

    public abstract void SendComplete(string id);

    public void Fault() => session.Close(WebSocketCloseReason.InternalServerError);

    /// <summary>Sends the acknowledgement (or rejection) for a connection_init and starts the keep-alive timer.</summary>
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

        _initTimeout?.Dispose();
        var payload = services.Payloads.ReadInitPayload(message.Payload);
        var result = await authenticator.AuthenticateAsync(httpContext, payload, session.Closed);
        var expired = result.ExpiresAt <= services.Time.GetUtcNow();
        OnInitialised(result.IsAccepted && !expired);
        if (result.User is null || expired)
        {
            return expired ? WebSocketCloseReason.CredentialsExpired : WebSocketCloseReason.Forbidden;
        }

        if (result.ExpiresAt is { } expiresAt)
        {
            Volatile.Write(ref _expiry, new CredentialExpiry(
                expiresAt, services.Time, () => session.Close(WebSocketCloseReason.CredentialsExpired)));
        }

        Volatile.Write(ref _user, result.User);
        var keepAlive = services.KeepAlive.Register(SendKeepAlive);
        if (Interlocked.CompareExchange(ref _keepAlive, keepAlive, null) is not null || session.Closed.IsCancellationRequested)
        {
            keepAlive.Dispose(); // the socket closed while it was being acknowledged
        }
        return null;
    }

    protected WebSocketCloseReason? Start(ClientMessage message)
    {
        var request = services.Payloads.TryReadRequest(message.Payload);
        if (string.IsNullOrEmpty(message.Id) || request is null)
        {
            return WebSocketCloseReason.BadRequest($"Invalid {message.Type} message: it needs an id and a payload with a query");
        }

        if (Volatile.Read(ref _user) is not { } user)
        {
            return WebSocketCloseReason.Unauthorized;
        }

        // The expiry timer may not have fired yet: the clock decides, before anything runs.
        if (Volatile.Read(ref _expiry)?.HasExpired == true)
        {
            return WebSocketCloseReason.CredentialsExpired;
        }

        if (_operations.TryStart(message.Id, message.Bytes) is not { } operation)
        {
            return WebSocketCloseReason.SubscriberAlreadyExists(message.Id);
        }

        // Messages of one socket are handled one at a time, so the totals cannot grow between this check and the start.
        if (OperationLimitErrors.Exceeded(_operations, services.Options) is { } refusal)
        {
            operation.Stop();
            SendError(message.Id, refusal);
            return null;
        }

        _ = services.Runner.RunAsync(
            operation, request, user, httpContext.Connection.RemoteIpAddress, $"{httpContext.TraceIdentifier}:{message.Id}", this);
        return null;
    }

    protected WebSocketCloseReason? Stop(ClientMessage message)
    {
        if (string.IsNullOrEmpty(message.Id))
        {
            return WebSocketCloseReason.BadRequest($"Invalid {message.Type} message: it needs an id");
        }

        _operations.Stop(message.Id);
        return null;
    }

    protected static WebSocketCloseReason InvalidPayload(ClientMessage message) =>
        WebSocketCloseReason.BadRequest($"Invalid payload for {message.Type}: it must be an object");

    protected static WebSocketCloseReason Unexpected(ClientMessage? message) => message is null
        ? WebSocketCloseReason.BadRequest("Invalid message received")
        : WebSocketCloseReason.BadRequest($"Unexpected message of type {message.Type} received");
}
