using System.Collections.Concurrent;

namespace Goals.LoadRunner.Scenarios;

/// <summary>Latencies and failures per operation name, safe to record from many concurrent clients.</summary>
public sealed class LatencyRecorder
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _latencies = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _failures = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _firstErrors = new();

    public void Record(string operation, double milliseconds, string? error)
    {
        _latencies.GetOrAdd(operation, _ => []).Add(milliseconds);
        if (error is not null)
        {
            _failures.AddOrUpdate(operation, 1, (_, count) => count + 1);
            if (_firstErrors.Count < 5)
            {
                _firstErrors.Enqueue($"{operation}: {error}");
            }
        }
    }

    public IReadOnlyList<string> FirstErrors => [.. _firstErrors];

    public IReadOnlyList<OperationFigures> Figures() =>
        [.. _latencies.OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => OperationFigures.From(pair.Key, [.. pair.Value], _failures.GetValueOrDefault(pair.Key)))];
}

/// <summary>One operation's count, failures and latency percentiles (nearest-rank), in milliseconds.</summary>
public sealed record OperationFigures(string Operation, int Requests, int Failed, double P50, double P95, double P99, double Max)
{
    public static OperationFigures From(string operation, double[] latencies, int failed)
    {
        Array.Sort(latencies);
        double Percentile(double p) =>
            latencies.Length == 0 ? 0 : latencies[Math.Clamp((int)Math.Ceiling(p * latencies.Length) - 1, 0, latencies.Length - 1)];
        return new OperationFigures(operation, latencies.Length, failed,
            Percentile(0.50), Percentile(0.95), Percentile(0.99), latencies.Length == 0 ? 0 : latencies[^1]);
    }
}
