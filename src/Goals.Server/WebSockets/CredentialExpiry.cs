namespace Goals.Server.WebSockets;

/// <summary>
/// Ends a socket's right to run operations when the credentials it was accepted with expire: at that instant the
/// socket is closed, and <see cref="HasExpired"/> lets every operation and event check the clock itself, so nothing
/// runs or is sent on an expired token even when the timer fires late.
/// </summary>
internal sealed class CredentialExpiry : IDisposable
{
    // Timers take at most about 49 days; a longer lifetime re-arms when the first wait ends.
    private static readonly TimeSpan LongestWait = TimeSpan.FromDays(30);
    private readonly DateTimeOffset _expiresAt;
    private readonly TimeProvider _time;
    private readonly Action _onExpired;
    private readonly ITimer _timer;

    public CredentialExpiry(DateTimeOffset expiresAt, TimeProvider time, Action onExpired)
    {
        _expiresAt = expiresAt;
        _time = time;
        _onExpired = onExpired;
        _timer = time.CreateTimer(_ => Check(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        Check();
    }

    public bool HasExpired => _time.GetUtcNow() >= _expiresAt;

    public void Dispose() => _timer.Dispose();

    private void Check()
    {
        var remaining = _expiresAt - _time.GetUtcNow();
        if (remaining <= TimeSpan.Zero)
        {
            _onExpired();
            return;
        }

        try
        {
            _timer.Change(remaining < LongestWait ? remaining : LongestWait, Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // The socket closed while the long wait was re-armed.
        }
    }
}
