using System.Net.WebSockets;
using Microsoft.Extensions.Logging;

namespace Goals.Server.WebSockets;

/// <summary>
/// The only code that sends on a socket: a WebSocket allows one send at a time, and operations on one socket produce
/// messages concurrently, so every message and the final close frame go through one queue, in order. The queue is
/// bounded (<see cref="SendQueueLimits"/>): a client that does not read cannot make the server hold its messages.
/// </summary>
internal sealed partial class WebSocketMessageWriter(WebSocket socket, SendQueueLimits limits, TimeProvider time, ILogger logger)
{
    // Large messages go out in fragments, so the stall check measures the client's reading, not the message's size.
    private const int FragmentBytes = 64 * 1024;
    private readonly Lock _gate = new();
    private readonly Queue<ReadOnlyMemory<byte>> _waiting = new();
    private long _waitingBytes;
    private bool _completed;
    private TaskCompletionSource? _wakeUp;
    private Task _pump = Task.CompletedTask;
    private long _sendingSince; // UTC ticks when the fragment being sent was handed to the socket; 0 when none is

    /// <summary>The close reason the server sent (or will send once the queue is flushed), if any.</summary>
    public WebSocketCloseReason? CloseSent { get; private set; }

    /// <summary>Starts sending.</summary>
    public void Start(CancellationToken aborted) => _pump = PumpAsync(aborted);

    /// <summary>Whether one fragment has stayed unsent for the grace period (checked on the shared tick).</summary>
    public bool IsStalled(DateTimeOffset now) =>
        Volatile.Read(ref _sendingSince) is var since and not 0 && now.UtcTicks - since >= limits.GracePeriod.Ticks;

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
}
