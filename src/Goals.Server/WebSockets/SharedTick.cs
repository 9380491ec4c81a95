using System.Collections.Concurrent;

namespace Goals.Server.WebSockets;

/// <summary>
/// One timer for every socket at once. Each tick lets every open socket check its own deadlines against the clock
/// (connection_init, a stalled send, the close handshake, the credentials' expiry), and once per keep-alive interval
/// (a zero interval sends none) it has every acknowledged socket send its keep-alive message. A socket thus holds
/// no timer, timer callback or cancellation source of its own: only its entry in <see cref="_sockets"/> and a few
/// numbers. The price is resolution: a deadline is noticed up to one tick late, and the tick is at most a second.
/// </summary>
internal sealed class SharedTick : IDisposable
{
    private static readonly TimeSpan LongestTick = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan ShortestTick = TimeSpan.FromMilliseconds(10);
    private readonly ConcurrentDictionary<ITickable, byte> _sockets = new();
    private readonly TimeProvider _time;
    private readonly TimeSpan _keepAliveInterval;
    private readonly ITimer _timer;
    private DateTimeOffset _nextKeepAlive;
    private int _ticking;

    public SharedTick(GraphQLWebSocketOptions options, TimeProvider time)
    {
        _time = time;
        _keepAliveInterval = options.KeepAliveInterval;
        _nextKeepAlive = time.GetUtcNow() + _keepAliveInterval;
        Period = PeriodFor(options);
        _timer = time.CreateTimer(static state => ((SharedTick)state!).Tick(), this, Period, Period);
    }

    /// <summary>How often deadlines are checked: a quarter of the shortest timeout, between 10 ms and a second.</summary>
    public TimeSpan Period { get; }

    /// <summary>Ticks <paramref name="socket"/> until the returned handle is disposed.</summary>
    public IDisposable Register(ITickable socket)
    {
        _sockets.TryAdd(socket, 0);
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
            var keepAlive = _keepAliveInterval > TimeSpan.Zero && now >= _nextKeepAlive;
            if (keepAlive)
            {
                _nextKeepAlive = now + _keepAliveInterval;
            }

            foreach (var socket in _sockets.Keys)
            {
                socket.OnTick(now, keepAlive);
            }
        }
        finally
        {
            Volatile.Write(ref _ticking, 0);
        }
    }

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
