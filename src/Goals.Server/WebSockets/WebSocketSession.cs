using System.Net.WebSockets;
using Microsoft.Extensions.Logging;

namespace Goals.Server.WebSockets;

/// <summary>
/// The life of one socket, whatever the subprotocol: the receive loop, the single writer, the close handshake (the
/// server's close frame goes out after every queued message, then the client's is awaited for a bounded time) and
/// shutdown with 1001. Its deadlines (a send the client leaves unread, the close handshake, and the protocol's) are
/// checked on the <see cref="SharedTick"/>, so an idle socket holds no timer of its own. Receiving is in
/// WebSocketSession.Receiving.cs.
/// </summary>
internal sealed partial class WebSocketSession : ITickable, IDisposable
{
    private readonly WebSocket _socket;
    private readonly WebSocketMessageReader _reader;
    private readonly WebSocketMessageWriter _writer;
    private readonly WebSocketProtocolServices _services;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _closed = new();
    private long _abortAt; // UTC ticks until which the client's close frame is awaited; 0 while open
    private IWebSocketProtocol? _protocol;

    public WebSocketSession(WebSocket socket, WebSocketProtocolServices services, ILogger logger)
    {
        _socket = socket;
        _reader = new WebSocketMessageReader(socket, services.Options.MaxMessageBytes);
        _writer = new WebSocketMessageWriter(socket, SendQueueLimits.From(services.Options), services.Time, logger);
        _services = services;
        _logger = logger;
        Closed = _closed.Token;
    }

    /// <summary>Cancelled as soon as either side starts closing.</summary>
    public CancellationToken Closed { get; }

    /// <summary>Queues a message; a client whose queue is full is closed with 4413 and its queued messages dropped.</summary>
    public void Send(ReadOnlyMemory<byte> utf8Text)
    {
        if (_writer.TrySend(utf8Text) == SendOutcome.Overflow)
        {
            CloseSlowClient();
        }
    }

    /// <summary>Closes after the queued messages are flushed; only the first close counts.</summary>
    public void Close(WebSocketCloseReason reason) => Close(reason, discardQueued: false);

    // Logged above debug level: operators want to see clients that are cut off for not reading.
    private void CloseSlowClient()
    {
        if (Close(WebSocketCloseReason.SlowClient, discardQueued: true))
        {
            _logger.LogInformation(
                "WebSocket closed with 4413: the client is not reading (more than {MaxQueuedMessages} messages or {MaxQueuedBytes} bytes waiting, or nothing read for {GracePeriod})",
                _services.Options.MaxQueuedMessages, _services.Options.MaxQueuedBytes, _services.Options.SlowClientGracePeriod);
        }
    }

    private bool Close(WebSocketCloseReason reason, bool discardQueued)
    {
        if (!_writer.TryClose(reason, discardQueued))
        {
            return false;
        }

        _logger.LogDebug("Closing WebSocket: {CloseCode} {CloseReason}", reason.Code, reason.Description);
        try
        {
            // Nothing more will be sent: the operations stop now rather than when the client's close frame arrives.
            // On the thread pool, because a close can start inside an operation's own send.
            if (_protocol is { } protocol)
            {
                ThreadPool.QueueUserWorkItem(static closing => closing.OnClosing(), protocol, preferLocal: false);
            }

            Volatile.Write(ref _abortAt, (_services.Time.GetUtcNow() + _services.Options.CloseHandshakeTimeout).UtcTicks);
            _closed.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // A tick came as the socket's life ended: there is nothing left to close.
        }

        return true;
    }

    /// <summary>Application shutdown: stop the operations, flush, close with 1001.</summary>
    public void Shutdown() => Close(WebSocketCloseReason.GoingAway);

    /// <summary>
    /// The shared tick: once the close handshake has taken too long the socket is aborted, which also ends a send the
    /// client never reads; a send left unread for the grace period closes the socket with 4413.
    /// </summary>
    public void OnTick(DateTimeOffset now, bool keepAlive)
    {
        var abortAt = Volatile.Read(ref _abortAt);
        if (abortAt != 0)
        {
            if (now.UtcTicks >= abortAt)
            {
                _socket.Abort();
            }

            return;
        }

        if (_writer.IsStalled(now))
        {
            CloseSlowClient();
            return;
        }

        Volatile.Read(ref _protocol)?.OnTick(now, keepAlive);
    }

    public void Dispose() => _closed.Dispose();
}
