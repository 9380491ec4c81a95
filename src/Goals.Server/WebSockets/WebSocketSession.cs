using System.Net.WebSockets;
using Goals.Server.Errors;
using Microsoft.Extensions.Logging;

namespace Goals.Server.WebSockets;

/// <summary>
/// The life of one socket, whatever the subprotocol: the receive loop, the single writer, the close handshake (the
/// server's close frame goes out after every queued message, then the client's is awaited for a bounded time) and
/// shutdown with 1001.
/// </summary>
internal sealed class WebSocketSession : IDisposable
{
    private readonly WebSocketMessageReader _reader;
    private readonly WebSocketMessageWriter _writer;
    private readonly GraphQLWebSocketOptions _options;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _closed = new();
    private readonly CancellationTokenSource _handshakeTimeout;
    private IWebSocketProtocol? _protocol;

    public WebSocketSession(WebSocket socket, GraphQLWebSocketOptions options, TimeProvider time, ILogger logger)
    {
        _reader = new WebSocketMessageReader(socket, options.MaxMessageBytes);
        _writer = new WebSocketMessageWriter(socket, SendQueueLimits.From(options), time, logger);
        _options = options;
        _logger = logger;
        _handshakeTimeout = new CancellationTokenSource(Timeout.InfiniteTimeSpan, time);
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
                _options.MaxQueuedMessages, _options.MaxQueuedBytes, _options.SlowClientGracePeriod);
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

            _closed.Cancel();
            _handshakeTimeout.CancelAfter(_options.CloseHandshakeTimeout);
        }
        catch (ObjectDisposedException)
        {
            // A timer fired as the socket's life ended: there is nothing left to close.
        }

        return true;
    }

    /// <summary>Application shutdown: stop the operations, flush, close with 1001.</summary>
    public void Shutdown() => Close(WebSocketCloseReason.GoingAway);

    public async Task RunAsync(IWebSocketProtocol protocol, CancellationToken aborted)
    {
        _protocol = protocol;
        // A client that never reads would keep the last send pending forever: the handshake timeout aborts it too.
        using var receiveCancellation = CancellationTokenSource.CreateLinkedTokenSource(aborted, _handshakeTimeout.Token);
        _writer.Start(CloseSlowClient, receiveCancellation.Token);
        try
        {
            protocol.OnOpened();
            await ReceiveUntilClosedAsync(protocol, receiveCancellation.Token);
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            _logger.LogDebug(exception, "WebSocket receive ended without a close handshake");
        }
        finally
        {
            _closed.Cancel();
            protocol.OnClosing();
            await _writer.DrainAsync();
        }
    }

    private async Task ReceiveUntilClosedAsync(IWebSocketProtocol protocol, CancellationToken cancellationToken)
    {
        while (true)
        {
            var message = await _reader.ReceiveAsync(cancellationToken);
            if (message.Kind == ReceivedMessageKind.Close)
            {
                Close(message.EchoReason());
                return;
            }

            if (_writer.CloseSent is not null)
            {
                continue; // closing: only the client's close frame matters now
            }

            var reason = message.Kind switch
            {
                ReceivedMessageKind.TooBig => WebSocketCloseReason.MessageTooBig,
                ReceivedMessageKind.Binary => WebSocketCloseReason.BadRequest("Binary messages are not supported"),
                _ => await HandleSafelyAsync(protocol, message.Text!),
            };
            if (reason is not null)
            {
                Close(reason);
            }
        }
    }

    private async ValueTask<WebSocketCloseReason?> HandleSafelyAsync(IWebSocketProtocol protocol, string text)
    {
        try
        {
            return await protocol.HandleAsync(text);
        }
        catch (GraphQLRequestError unacceptable)
        {
            // The client's mistake (text .NET cannot decode): graphql-ws closes with 4400 on a message it cannot accept.
            return WebSocketCloseReason.BadRequest($"Invalid message: {unacceptable.Message}");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _logger.LogError(exception, "WebSocket message handling failed");
            return WebSocketCloseReason.InternalServerError;
        }
    }

    public void Dispose()
    {
        _closed.Dispose();
        _handshakeTimeout.Dispose();
    }
}
