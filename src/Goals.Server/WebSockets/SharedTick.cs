using System.Collections.Concurrent;

namespace Goals.Server.WebSockets;

/// <summary>
/// The server's keep-alive for every socket at once: one timer sends each acknowledged socket a message every
/// interval (a zero interval sends none). One shared timer instead of one per socket keeps an idle socket's cost down
/// to one entry in <see cref="_sockets"/>; the pings of all sockets go out on the same tick.
/// </summary>
internal sealed class KeepAlive : IDisposable
{
    private readonly ConcurrentDictionary<Registration, byte> _sockets = new();
    private readonly ITimer? _timer;

    public KeepAlive(TimeSpan interval, TimeProvider time)
    {
        if (interval > TimeSpan.Zero)
        {
            _timer = time.CreateTimer(static state => ((KeepAlive)state!).Tick(), this, interval, interval);
        }
    }

    /// <summary>Sends <paramref name="send"/> on every tick until the returned handle is disposed.</summary>
    public IDisposable Register(Action send)
    {
        var registration = new Registration(this, send);
        if (_timer is not null)
        {
            _sockets.TryAdd(registration, 0);
        }

        return registration;
    }

    public void Dispose() => _timer?.Dispose();

    private void Tick()
    {
        foreach (var socket in _sockets.Keys)
        {
            socket.Send();
        }
    }

    private sealed class Registration(KeepAlive owner, Action send) : IDisposable
    {
        public void Send() => send();

        public void Dispose() => owner._sockets.TryRemove(this, out _);
    }
}
