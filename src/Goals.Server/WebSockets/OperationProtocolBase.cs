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

    protected WebSocketSession Session => session;

    protected WebSocketProtocolServices Services => services;

    public void OnOpened() => _initTimeout = services.Time.CreateTimer(
        _ => { if (Volatile.Read(ref _initReceived) == 0) session.Close(WebSocketCloseReason.ConnectionInitialisationTimeout); },
        null, services.Options.ConnectionInitWaitTimeout, Timeout.InfiniteTimeSpan);

    public abstract ValueTask<WebSocketCloseReason?> HandleAsync(string text);

    public void OnClosing()
    {
        _initTimeout?.Dispose();
        _operations.StopAll();
    }

    public void Send(string type, string? id = null, object? payload = null) =>
        session.Send(services.Messages.Serialize(type, id, payload));

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
        OnInitialised(result.IsAccepted);
        if (result.User is null)
        {
            return WebSocketCloseReason.Forbidden;
        }

        Volatile.Write(ref _user, result.User);
        _ = KeepAliveAsync();
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

        if (_operations.TryStart(message.Id) is not { } operation)
        {
            return WebSocketCloseReason.SubscriberAlreadyExists(message.Id);
        }

        // Messages of one socket are handled one at a time, so the count cannot grow between this check and the start.
        if (_operations.Count > services.Options.MaxOperationsPerConnection)
        {
            operation.Stop();
            SendError(message.Id, TooManyOperations(services.Options.MaxOperationsPerConnection));
            return null;
        }

        _ = services.Runner.RunAsync(operation, request, user, $"{httpContext.TraceIdentifier}:{message.Id}", this);
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

    private static ExecutionErrors TooManyOperations(int limit) =>
    [
        new ExecutionError(
            $"This connection already runs {limit} operations, the most it may; complete one before starting another.")
        {
            Code = "TOO_MANY_OPERATIONS",
        },
    ];

    protected static WebSocketCloseReason InvalidPayload(ClientMessage message) =>
        WebSocketCloseReason.BadRequest($"Invalid payload for {message.Type}: it must be an object");

    protected static WebSocketCloseReason Unexpected(ClientMessage? message) => message is null
        ? WebSocketCloseReason.BadRequest("Invalid message received")
        : WebSocketCloseReason.BadRequest($"Unexpected message of type {message.Type} received");

    private async Task KeepAliveAsync()
    {
        if (services.Options.KeepAliveInterval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(services.Options.KeepAliveInterval, services.Time);
        try
        {
            while (await timer.WaitForNextTickAsync(session.Closed))
            {
                SendKeepAlive();
            }
        }
        catch (OperationCanceledException)
        {
            // the socket is closing
        }
    }
}
