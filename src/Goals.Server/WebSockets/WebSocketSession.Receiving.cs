using System.Net.WebSockets;
using Goals.Server.Errors;
using Microsoft.Extensions.Logging;

namespace Goals.Server.WebSockets;

// The socket's one receive loop: each client message is handled before the next is read, so a socket's messages
// never race one another, and whatever ends the loop (the client's close, an error, the connection's end) stops the
// protocol's operations and flushes the writer.
internal sealed partial class WebSocketSession
{
    public async Task RunAsync(IWebSocketProtocol protocol, CancellationToken aborted)
    {
        Volatile.Write(ref _protocol, protocol);
        _writer.Start(aborted);
        // Opened before the shared tick sees it: a tick in between found no connection_init deadline yet and closed
        // the socket at once with 4408 (seen once in 10,000 sockets opened together).
        protocol.OnOpened();
        using var ticking = _services.Tick.Register(this);
        try
        {
            await ReceiveUntilClosedAsync(protocol, aborted);
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException or ObjectDisposedException)
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
}
