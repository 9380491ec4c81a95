using System.Collections.Concurrent;

namespace Goals.Server.WebSockets;

/// <summary>
/// One timer for every socket at once. Each tick lets every open socket check its own deadlines against the clock
/// (connection_init, a stalled send, the close handshake, the credentials' expiry), and once per keep-alive interval
/// (a zero interval sends none) each acknowledged socket sends its keep-alive message. A socket thus holds no timer,
/// timer callback or cancellation source of its own: only its entry in <see cref="_sockets"/> and a few numbers. The
/// price is resolution: a deadline is noticed up to one tick late, and the tick is at most a second.
/// The keep-alives are spread over the interval: each socket has its own slot among the interval's ticks, so 10,000
/// sockets with a 12-second interval send ~830 pings a second instead of 10,000 at once — a burst of that size takes
/// a 4 KB pool block per socket's output at the same moment (~40 MB the pool then keeps) and stalls other requests.
/// </summary>
internal sealed class SharedTick : IDisposable
{
    private static readonly TimeSpan LongestTick = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan ShortestTick = TimeSpan.FromMilliseconds(10);
    private readonly ConcurrentDictionary<ITickable, int> _sockets = new();
    private readonly TimeProvider _time;
    private readonly bool _keepAlive;
    private readonly int _slots; // ticks per keep-alive interval
    private readonly ITimer _timer;
    private long _lastTick; // the clock in whole periods at the last tick
    private int _nextSlot;
    private int _ticking;

    public SharedTick(GraphQLWebSocketOptions options, TimeProvider time)
    {
        _time = time;
        Period = PeriodFor(options);
        _keepAlive = options.KeepAliveInterval > TimeSpan.Zero;
        // Never fewer pings than asked for: an interval that is not a whole number of ticks rounds down.
        _slots = (int)Math.Clamp(options.KeepAliveInterval.Ticks / Period.Ticks, 1, int.MaxValue);
        _lastTick = time.GetUtcNow().UtcTicks / Period.Ticks;
        _timer = time.CreateTimer(static state => ((SharedTick)state!).Tick(), this, Period, Period);
    }

    /// <summary>How often deadlines are checked: a quarter of the shortest timeout, between 10 ms and a second.</summary>
    public TimeSpan Period { get; }

    /// <summary>Ticks <paramref name="socket"/> until the returned handle is disposed.</summary>
    public IDisposable Register(ITickable socket)
    {
        // Slots in turn: sockets opened together ping apart.
        _sockets.TryAdd(socket, (int)((uint)Interlocked.Increment(ref _nextSlot) % (uint)_slots));
        return new Registration(this, socket);
    }

    public void Dispose() => _timer.Dispose();

    private static TimeSpan PeriodFor(GraphQLWebSocketOptions options)
    {
        TimeSpan[] timeouts = [options.ConnectionInitWaitTimeout, options.SlowClientGracePeriod, options.CloseHandshakeTimeout];
        var period = timeouts.Min() / 4;
        if (options.KeepAliveInterval > TimeSpan.Zero && options.KeepAliveInterval < period)
        {
            period = options.KeepAliveInterval;
        }

        return TimeSpan.FromTicks(Math.Clamp(period.Ticks, ShortestTick.Ticks, LongestTick.Ticks));
    }

    private void Tick()
    {
        // A tick that runs long (thousands of sockets on a busy machine) is not overlapped by the next one.
        if (Interlocked.Exchange(ref _ticking, 1) == 1)
        {
            return;
        }

        try
        {
            var now = _time.GetUtcNow();
            // The slots due: every tick since the last one (a late or skipped tick catches up), at most one round.
            var tick = now.UtcTicks / Period.Ticks;
            var first = Math.Max(_lastTick + 1, tick - _slots + 1);
            _lastTick = Math.Max(_lastTick, tick);
            foreach (var (socket, slot) in _sockets)
            {
                socket.OnTick(now, _keepAlive && IsDue(slot, first, tick));
            }
        }
        finally
        {
            Volatile.Write(ref _ticking, 0);
        }
    }

    // Whether some tick in [first, last] falls in the slot (ticks count up; a slot is a tick number modulo the slots).
    private bool IsDue(int slot, long first, long last) =>
        last >= first && (slot - first % _slots + _slots) % _slots <= last - first;

    private sealed class Registration(SharedTick owner, ITickable socket) : IDisposable
    {
        public void Dispose() => owner._sockets.TryRemove(socket, out _);
    }
}

/// <summary>Something the <see cref="SharedTick"/> visits on every tick.</summary>
internal interface ITickable
{
    /// <summary>Checks deadlines against <paramref name="now"/>; sends the keep-alive when <paramref name="keepAlive"/>.</summary>
    void OnTick(DateTimeOffset now, bool keepAlive);
}
