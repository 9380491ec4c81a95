using Microsoft.Extensions.Time.Testing;

namespace Goals.Api.Tests.Realtime.Sockets;

/// <summary>
/// A clock the test moves by hand, whose timers fire only when the test releases them: it can stand still at the
/// instant a timer is due but has not fired yet (a busy thread pool), the race a socket's expiry check must win.
/// </summary>
public sealed class HeldTimersClock : TimeProvider
{
    private readonly FakeTimeProvider _timers;
    private DateTimeOffset _now;

    public HeldTimersClock(DateTimeOffset start)
    {
        _now = start;
        _timers = new FakeTimeProvider(start);
    }

    public override DateTimeOffset GetUtcNow() => _now;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        _timers.CreateTimer(callback, state, dueTime, period);

    /// <summary>Moves the time on; timers that fall due stay held.</summary>
    public void Advance(TimeSpan by) => _now += by;

    /// <summary>Fires the timers that are due by now.</summary>
    public void ReleaseTimers() => _timers.SetUtcNow(_now);
}
