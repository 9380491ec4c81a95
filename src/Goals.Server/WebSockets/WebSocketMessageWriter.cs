using System.Net.WebSockets;
using Microsoft.Extensions.Logging;

namespace Goals.Server.WebSockets;

/// <summary>
/// The only code that sends on a socket: a WebSocket allows one send at a time, and operations on one socket produce
/// messages concurrently, so every message and the final close frame go through one queue, in order. The queue is
/// bounded (<see cref="SendQueueLimits"/>): a client that does not read cannot make the server hold its messages.
/// </summary>
internal sealed class WebSocketMessageWriter(WebSocket socket, SendQueueLimits limits, TimeProvider time, ILogger logger)
{
    // Large messages go out in fragments, so the stall timer measures the client's reading, not the message's size.
    private const int FragmentBytes = 64 * 1024;
    private readonly Lock _gate = new();
    private readonly Queue<ReadOnlyMemory<byte>> _waiting = new();
    private long _waitingBytes;
    private bool _completed;
    private TaskCompletionSource? _wakeUp;
    private Task _pump = Task.CompletedTask;

    /// <summary>The close reason the server sent (or will send once the queue is flushed), if any.</summary>
    public WebSocketCloseReason? CloseSent { get; private set; }

    /// <summary>Starts sending; <paramref name="onStalled"/> runs when one fragment stays unsent for the grace period.</summary>
    public void Start(Action onStalled, CancellationToken aborted) => _pump = PumpAsync(onStalled, aborted);

    /// <summary>Queues a text message when it fits in the bounds.</summary>
    public SendOutcome TrySend(ReadOnlyMemory<byte> utf8Text)
    {
        lock (_gate)
        {
            if (_completed)
            {
                return SendOutcome.Closing;
            }

            // The byte bound counts what waits behind the next message to send, so one large result (an export)
            // still reaches a client that reads, with its completion right behind it.
            var fits = _waiting.Count == 0
                || (_waiting.Count < limits.MaxMessages && _waitingBytes - _waiting.Peek().Length + utf8Text.Length <= limits.MaxBytes);
            if (!fits)
            {
                return SendOutcome.Overflow;
            }

            _waiting.Enqueue(utf8Text);
            _waitingBytes += utf8Text.Length;
            WakeUp();
            return SendOutcome.Queued;
        }
    }

    /// <summary>
    /// Queues the close frame after everything already queued, or, with <paramref name="discardQueued"/>, right after
    /// the message being sent (the queued ones are dropped and their memory freed). The first close wins.
    /// </summary>
    public bool TryClose(WebSocketCloseReason reason, bool discardQueued = false)
    {
        lock (_gate)
        {
            if (_completed)
            {
                return false;
            }

            if (discardQueued)
            {
                _waiting.Clear();
                _waitingBytes = 0;
            }

            CloseSent = reason;
            _completed = true;
            WakeUp();
            return true;
        }
    }

    /// <summary>Waits until the queue is flushed and the close frame (if any) is sent.</summary>
    public Task DrainAsync()
    {
        lock (_gate)
        {
            _completed = true;
            WakeUp();
        }

        return _pump;
    }

    private void WakeUp()
    {
        _wakeUp?.TrySetResult();
        _wakeUp = null;
    }

    private async Task PumpAsync(Action onStalled, CancellationToken aborted)
    {
        using var stall = time.CreateTimer(_ => onStalled(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
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
                    await wait.WaitAsync(aborted);
                }
                else if (socket.State == WebSocketState.Open)
                {
                    await SendInFragmentsAsync(text, stall, aborted);
                }
            }

            if (CloseSent is { } close && socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync((WebSocketCloseStatus)close.Code, close.Description, aborted);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            // The peer vanished or the connection was aborted; nothing more can be delivered.
            logger.LogDebug(exception, "WebSocket send stopped");
        }
    }

    private async Task SendInFragmentsAsync(ReadOnlyMemory<byte> text, ITimer stall, CancellationToken aborted)
    {
        do
        {
            var fragment = text[..Math.Min(FragmentBytes, text.Length)];
            text = text[fragment.Length..];
            stall.Change(limits.GracePeriod, Timeout.InfiniteTimeSpan);
            await socket.SendAsync(fragment, WebSocketMessageType.Text, endOfMessage: text.IsEmpty, aborted);
            stall.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }
        while (!text.IsEmpty);
    }
}
