using System.Globalization;

namespace Goals.LoadRunner.Scenarios;

/// <summary>A process's CPU time so far, from fields 14 and 15 of <c>/proc/PID/stat</c> (clock ticks of 10 ms).</summary>
public readonly record struct ProcessCpu(long UserTicks, long SystemTicks)
{
    public const double TickMilliseconds = 10;

    public long TotalTicks => UserTicks + SystemTicks;

    public static ProcessCpu Of(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return new ProcessCpu(long.Parse(fields[11], CultureInfo.InvariantCulture), long.Parse(fields[12], CultureInfo.InvariantCulture));
    }

    public static ProcessCpu operator -(ProcessCpu later, ProcessCpu earlier) =>
        new(later.UserTicks - earlier.UserTicks, later.SystemTicks - earlier.SystemTicks);
}
