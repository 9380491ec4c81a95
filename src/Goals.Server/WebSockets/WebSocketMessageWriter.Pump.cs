using System.Net.WebSockets;
using Microsoft.Extensions.Logging;

namespace Goals.Server.WebSockets;

// The pump: the one loop that sends, taking the queue's messages in order and, once the queue is completed, the
// close frame. While the queue is empty it waits on a completion source that the next message or the close sets,
// so an idle socket holds no timer and no cancellation registration.
internal sealed partial class WebSocketMessageWriter
{
    private async Task PumpAsync(CancellationToken aborted)
    {
        try
        {
            while (true)
            {
                ReadOnlyMemory<byte> text;
                Task? wait = null;
                lock (_gate)
                {
                    if (_waiting.TryDequeue(out text))
                    {
                        _waitingBytes -= text.Length;
                    }
                    else if (_completed)
                    {
                        break;
                    }
                    else
                    {
                        _wakeUp = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                        wait = _wakeUp.Task;
                    }
                }

                if (wait is not null)
                {
                    // No cancellation registration while idle: the session's end (DrainAsync) wakes the pump up.
                    await wait;
                }
                else if (socket.State == WebSocketState.Open)
                {
                    await SendInFragmentsAsync(text, aborted);
                }
            }

            if (CloseSent is { } close && socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync((WebSocketCloseStatus)close.Code, close.Description, aborted);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The peer vanished or the connection was aborted; nothing more can be delivered.
            logger.LogDebug(exception, "WebSocket send stopped");
        }
    }

    private async Task SendInFragmentsAsync(ReadOnlyMemory<byte> text, CancellationToken aborted)
    {
        do
        {
            var fragment = text[..Math.Min(FragmentBytes, text.Length)];
            text = text[fragment.Length..];
            var sending = socket.SendAsync(fragment, WebSocketMessageType.Text, endOfMessage: text.IsEmpty, aborted);
            if (sending.IsCompleted)
            {
                // Sent at once (the usual case on a socket written directly): nothing for the stall check to watch,
                // and no clock read. Marking it would leave a mark the client could outrun: it may already have the
                // frame before this thread clears the mark.
                await sending;
                continue;
            }

            Volatile.Write(ref _sendingSince, time.GetUtcNow().UtcTicks);
            try
            {
                await sending;
            }
            finally
            {
                Volatile.Write(ref _sendingSince, 0);
            }
        }
        while (!text.IsEmpty);
    }
}
