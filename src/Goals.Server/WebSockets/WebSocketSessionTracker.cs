using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;

namespace Goals.Server.WebSockets;

/// <summary>
/// Knows every open socket so that application shutdown can close each one cleanly (1001) instead of letting the
/// server cut the connections when its shutdown timeout runs out.
/// </summary>
internal sealed class WebSocketSessionTracker
{
    private readonly ConcurrentDictionary<WebSocketSession, byte> _sessions = new();
    private readonly CancellationToken _stoppingToken;

    public WebSocketSessionTracker(IHostApplicationLifetime lifetime)
    {
        _stoppingToken = lifetime.ApplicationStopping;
        // Lives as long as the application, like the lifetime it listens to.
        _stoppingToken.Register(ShutdownAll);
    }

    /// <summary>Tracks <paramref name="session"/> until the returned handle is disposed.</summary>
    public IDisposable Track(WebSocketSession session)
    {
        _sessions.TryAdd(session, 0);
        if (_stoppingToken.IsCancellationRequested)
        {
            session.Shutdown();
        }

        return new Registration(this, session);
    }

    private void ShutdownAll()
    {
        foreach (var session in _sessions.Keys)
        {
            session.Shutdown();
        }
    }

    private sealed class Registration(WebSocketSessionTracker tracker, WebSocketSession session) : IDisposable
    {
        public void Dispose() => tracker._sessions.TryRemove(session, out _);
    }
}
