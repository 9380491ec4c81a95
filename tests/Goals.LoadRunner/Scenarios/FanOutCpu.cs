using System.Diagnostics;
using System.Globalization;

namespace Goals.LoadRunner.Scenarios;

/// <summary>
/// What one fan-out cost each side in CPU: the server's and this runner's user and system time from the log to the
/// last delivery, less what each spends idling with the sockets open (keep-alives, the shared tick), measured over a
/// window just before the log.
/// </summary>
public sealed class FanOutCpu
{
    private readonly int _serverPid;
    private (double User, double System) _serverRate, _runnerRate;
    private ProcessCpu _serverAtLog, _runnerAtLog;
    private long _loggedAt;

    private FanOutCpu(int serverPid) => _serverPid = serverPid;

    /// <summary>Measures both processes' idle rates over <paramref name="window"/>.</summary>
    public static async Task<FanOutCpu> IdleRatesAsync(int serverPid, TimeSpan window, CancellationToken cancellationToken)
    {
        var cpu = new FanOutCpu(serverPid);
        var (server, runner) = (ProcessCpu.Of(serverPid), ProcessCpu.Of(Environment.ProcessId));
        await Task.Delay(window, cancellationToken);
        (cpu._serverRate, cpu._runnerRate) = (Scale(ProcessCpu.Of(serverPid) - server, window), Scale(ProcessCpu.Of(Environment.ProcessId) - runner, window));
        return cpu;
    }

    /// <summary>Marks the moment of the log.</summary>
    public void Logged()
    {
        (_serverAtLog, _runnerAtLog) = (ProcessCpu.Of(_serverPid), ProcessCpu.Of(Environment.ProcessId));
        _loggedAt = Stopwatch.GetTimestamp();
    }

    /// <summary>One line per process: user and system milliseconds for the fan-out, and microseconds per message.</summary>
    public IEnumerable<string> Report(int messages)
    {
        var elapsed = Stopwatch.GetElapsedTime(_loggedAt);
        yield return Line("server", ProcessCpu.Of(_serverPid) - _serverAtLog, _serverRate, elapsed, messages);
        yield return Line("runner", ProcessCpu.Of(Environment.ProcessId) - _runnerAtLog, _runnerRate, elapsed, messages);
    }

    private static string Line(string side, ProcessCpu spent, (double User, double System) idlePerSecond, TimeSpan elapsed, int messages)
    {
        var user = (spent.UserTicks - idlePerSecond.User * elapsed.TotalSeconds) * ProcessCpu.TickMilliseconds;
        var system = (spent.SystemTicks - idlePerSecond.System * elapsed.TotalSeconds) * ProcessCpu.TickMilliseconds;
        return string.Create(CultureInfo.InvariantCulture,
            $"{side} CPU for the fan-out (idle rate subtracted): user {user:F0} ms, system {system:F0} ms, {(user + system) * 1000 / Math.Max(1, messages):F1} µs per message");
    }

    // Ticks per second.
    private static (double User, double System) Scale(ProcessCpu spent, TimeSpan window) =>
        (spent.UserTicks / window.TotalSeconds, spent.SystemTicks / window.TotalSeconds);
}
