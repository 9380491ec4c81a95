using System.Globalization;

namespace Goals.LoadRunner.Scenarios;

/// <summary>
/// What the server process holds, read from outside: its resident set from <c>/proc/PID/status</c>, its CPU time from
/// <c>/proc/PID/stat</c> (to tell when it has gone quiet), and the managed heap after its last collection from the
/// <c>dotnet_gc_last_collection_heap_size_bytes</c> series of <c>/metrics</c>, when that endpoint answers.
/// </summary>
public sealed class ServerMemory(int pid, HttpClient http)
{
    public long ResidentBytes() => ReadStatusKilobytes("VmRSS") * 1024;

    public long PeakResidentBytes() => ReadStatusKilobytes("VmHWM") * 1024;

    /// <summary>User plus system CPU time in clock ticks (fields 14 and 15 of /proc/PID/stat).</summary>
    public long CpuTicks() => ProcessCpu.Of(pid).TotalTicks;

    /// <summary>
    /// Waits until the server used under 10 % of one core over a whole second (at most <paramref name="longest"/>):
    /// not zero, because thousands of open sockets keep it answering keep-alives.
    /// </summary>
    public async Task<TimeSpan> SettleAsync(TimeSpan longest, CancellationToken cancellationToken)
    {
        var started = DateTime.UtcNow;
        var before = CpuTicks();
        while (DateTime.UtcNow - started < longest)
        {
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            var now = CpuTicks();
            if (now - before <= 10) // clock ticks are 10 ms: 10 ticks a second is 10 % of a core
            {
                break;
            }

            before = now;
        }

        return DateTime.UtcNow - started;
    }

    /// <summary>The managed heap's size after the last collection, all generations; null when /metrics is not served.</summary>
    public async Task<long?> ManagedHeapBytesAsync(CancellationToken cancellationToken)
    {
        try
        {
            var text = await http.GetStringAsync(new Uri("metrics", UriKind.Relative), cancellationToken);
            var lines = text.Split('\n').Where(line => line.StartsWith("dotnet_gc_last_collection_heap_size_bytes{", StringComparison.Ordinal)).ToList();
            return lines.Count == 0 ? null : lines.Sum(line => (long)double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    private long ReadStatusKilobytes(string field)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(text => text.StartsWith(field + ":", StringComparison.Ordinal));
        return long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }
}
