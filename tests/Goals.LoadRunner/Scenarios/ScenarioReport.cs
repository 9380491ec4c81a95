using System.Globalization;
using System.Text.Json;

namespace Goals.LoadRunner.Scenarios;

/// <summary>
/// The figures of one run and the brief's thresholds checked against them: progress reads p95 under 100 ms, list
/// reads p95 under 200 ms, every operation p99 under 200 ms, and the log rate held.
/// </summary>
public sealed record ScenarioReport(string Mode, int Users, int GoalsPerUser, double CreateSeconds, int LogsPerMinuteTarget,
    double LogsPerMinuteSent, double TotalSeconds, IReadOnlyList<OperationFigures> Operations, IReadOnlyList<ThresholdCheck> Checks,
    IReadOnlyList<string> FirstErrors)
{
    public int Failed => Operations.Sum(operation => operation.Failed);

    public bool ThresholdsMet => Checks.All(check => check.Passed);

    public static ScenarioReport From(ScenarioOptions options, LatencyRecorder recorder, double createSeconds, int logsSent, TimeSpan total)
    {
        var figures = recorder.Figures();
        var rate = logsSent / options.Sustain.TotalMinutes;
        OperationFigures? Of(string name) => figures.FirstOrDefault(figure => figure.Operation == name);
        List<ThresholdCheck> checks =
        [
            new("progress p95 < 100 ms", Of("progress")?.P95 ?? double.NaN, 100),
            new("list p95 < 200 ms", Of("list")?.P95 ?? double.NaN, 200),
            .. figures.Select(figure => new ThresholdCheck($"{figure.Operation} p99 < 200 ms", figure.P99, 200)),
            new ThresholdCheck("log shortfall < 5 % of the target rate", (options.LogsPerMinute - rate) / options.LogsPerMinute * 100, 5),
        ];
        return new ScenarioReport(options.Quick ? "quick" : "full", options.Users, options.GoalsPerUser, createSeconds,
            options.LogsPerMinute, rate, total.TotalSeconds, figures, checks, recorder.FirstErrors);
    }

    public void Print(TextWriter output)
    {
        output.WriteLine(Invariant($"mode {Mode}: {Users} users x {GoalsPerUser} goals created in {CreateSeconds:F1} s; logs {LogsPerMinuteSent:F0}/min sent (target {LogsPerMinuteTarget}/min); {TotalSeconds:F1} s in all"));
        output.WriteLine("operation       requests  failed     p50 ms     p95 ms     p99 ms     max ms");
        foreach (var op in Operations)
        {
            output.WriteLine(Invariant($"{op.Operation,-15} {op.Requests,8} {op.Failed,7} {op.P50,10:F1} {op.P95,10:F1} {op.P99,10:F1} {op.Max,10:F1}"));
        }

        foreach (var check in Checks)
        {
            output.WriteLine(Invariant($"{(check.Passed ? "PASS" : "FAIL")}  {check.Name} (measured {check.Measured:F1})"));
        }

        foreach (var error in FirstErrors)
        {
            output.WriteLine($"error: {error}");
        }
    }

    public async Task WriteJsonAsync(string path, CancellationToken cancellationToken)
    {
        await using var file = File.Create(path);
        await JsonSerializer.SerializeAsync(file, this, JsonOptions, cancellationToken);
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>One threshold: the measured value must stay below the limit (a missing measurement fails).</summary>
public sealed record ThresholdCheck(string Name, double Measured, double Limit)
{
    public bool Passed => !double.IsNaN(Measured) && Measured < Limit;
}
