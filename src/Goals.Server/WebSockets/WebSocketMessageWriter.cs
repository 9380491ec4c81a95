using System.Net.WebSockets;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Goals.Server.WebSockets;

/// <summary>
/// The only code that sends on a socket: a WebSocket allows one send at a time, and operations on one socket produce
/// messages concurrently, so every message and the final close frame go through one queue, in order.
/// </summary>
internal sealed class WebSocketMessageWriter(WebSocket socket, ILogger logger)
{
    private readonly Channel<OutgoingFrame> _queue =
        Channel.CreateUnbounded<OutgoingFrame>(new UnboundedChannelOptions { SingleReader = true });
    private Task _pump = Task.CompletedTask;

    /// <summary>The close reason the server sent (or will send once the queue is flushed), if any.</summary>
    public WebSocketCloseReason? CloseSent { get; private set; }

    public void Start(CancellationToken aborted) => _pump = PumpAsync(aborted);

    /// <summary>Queues a text message; false once the socket is closing.</summary>
    public bool TrySend(ReadOnlyMemory<byte> utf8Text) => _queue.Writer.TryWrite(new OutgoingFrame(utf8Text, null));

    /// <summary>Queues the close frame after everything already queued; the first close wins.</summary>
    public bool TryClose(WebSocketCloseReason reason)
    {
        lock (_queue)
        {
            if (CloseSent is not null || !_queue.Writer.TryWrite(new OutgoingFrame(default, reason)))
            {
                return false;
            }

            CloseSent = reason;
            _queue.Writer.TryComplete();
            return true;
        }
    }

    /// <summary>Waits until the queue is flushed and the close frame (if any) is sent.</summary>
    public Task DrainAsync()
    {
        _queue.Writer.TryComplete();
        return _pump;
    }

    private async Task PumpAsync(CancellationToken aborted)
    {
        try
        {
            await foreach (var frame in _queue.Reader.ReadAllAsync(aborted))
            {
                if (frame.Close is { } close)
                {
                    if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                    {
                        await socket.CloseOutputAsync((WebSocketCloseStatus)close.Code, close.Description, aborted);
                    }

                    return;
                }

                if (socket.State == WebSocketState.Open)
                {
                    await socket.SendAsync(frame.Text, WebSocketMessageType.Text, endOfMessage: true, aborted);
                }
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            // The peer vanished; nothing more can be delivered, and the receive loop sees the same.
            logger.LogDebug(exception, "WebSocket send stopped");
        }
    }

    private readonly record struct OutgoingFrame(ReadOnlyMemory<byte> Text, WebSocketCloseReason? Close);
}
