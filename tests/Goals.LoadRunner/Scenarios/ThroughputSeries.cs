using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Goals.LoadRunner.Scenarios;

/// <summary>
/// Every request of one run, by when it completed: the run's throughput and latency window by window, to tell a
/// server that keeps its pace from one that slows down as its data grows (a whole-run average hides the decay).
/// </summary>
public sealed class ThroughputSeries
{
    private readonly ConcurrentQueue<Completion> _completions = new();
    private long _started = Stopwatch.GetTimestamp();

    /// <summary>Starts the run's clock; completions are placed in windows from this moment.</summary>
    public void Start() => _started = Stopwatch.GetTimestamp();

    public void Record(long sentAt, bool failed) =>
        _completions.Enqueue(new Completion(
            Stopwatch.GetElapsedTime(_started).TotalSeconds, Stopwatch.GetElapsedTime(sentAt).TotalMilliseconds, failed));

    public int Count => _completions.Count;

    public int Failed => _completions.Count(completion => completion.Failed);

    /// <summary>
    /// Whole windows of <paramref name="width"/> over <paramref name="duration"/>. Requests that complete after the end,
    /// while the run drains, are in none: counted in the last window they would raise its rate by up to one request per
    /// client.
    /// </summary>
    public IReadOnlyList<WindowFigures> Windows(TimeSpan width, TimeSpan duration)
    {
        var count = Math.Max(1, (int)Math.Round(duration / width));
        var buckets = Enumerable.Range(0, count).Select(_ => new List<double>()).ToArray();
        foreach (var completion in _completions.Where(completion => completion.AtSeconds < count * width.TotalSeconds))
        {
            buckets[(int)(completion.AtSeconds / width.TotalSeconds)].Add(completion.Milliseconds);
        }

        return [.. buckets.Select((latencies, index) =>
        {
            var figures = OperationFigures.From("window", [.. latencies], 0);
            return new WindowFigures(index * width.TotalSeconds, (index + 1) * width.TotalSeconds,
                latencies.Count / width.TotalSeconds, figures.P50, figures.P99);
        })];
    }

    /// <summary>Prints the windows, the requests completed in each second, and the last window's rate over the first's.</summary>
    public void Print(TextWriter output, TimeSpan width, TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(output);
        var windows = Windows(width, duration);
        output.WriteLine("window (s)     req/s     p50 ms     p99 ms");
        foreach (var window in windows)
        {
            output.WriteLine(Invariant($"{window.From,4:F0}-{window.To,-4:F0} {window.RequestsPerSecond,10:F0} {window.P50,10:F2} {window.P99,10:F2}"));
        }

        var perSecond = Windows(TimeSpan.FromSeconds(1), duration).Select(second => Invariant($"{second.RequestsPerSecond:F0}"));
        output.WriteLine($"per second: {string.Join(' ', perSecond)}");
        output.WriteLine(Invariant($"last window / first window: {LastOverFirst(windows):F2}"));
    }

    public static double LastOverFirst(IReadOnlyList<WindowFigures> windows)
    {
        ArgumentNullException.ThrowIfNull(windows);
        return windows.Count == 0 || windows[0].RequestsPerSecond == 0 ? double.NaN : windows[^1].RequestsPerSecond / windows[0].RequestsPerSecond;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record Completion(double AtSeconds, double Milliseconds, bool Failed);
}

/// <summary>One window of a run: its bounds in seconds from the start, its rate and its latency percentiles.</summary>
public sealed record WindowFigures(double From, double To, double RequestsPerSecond, double P50, double P99);
