namespace Goals.LoadRunner.Scenarios;

/// <summary>
/// Runs the scenarios, prints the table and the threshold checks, and writes the JSON report. Exit code 1 when a
/// request failed; 2 when a full run missed a threshold (a <c>--quick</c> run reports thresholds but never fails on
/// speed, so that a smoke run on a busy machine checks only that the scenarios work).
/// </summary>
public static class ScenarioCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken = default)
    {
        var options = ScenarioOptions.Parse(args);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 512 })
        {
            BaseAddress = options.Url,
            Timeout = TimeSpan.FromSeconds(30),
        };
        var report = await new BriefScenarios(options, http, TimeProvider.System).RunAsync(cancellationToken);
        report.Print(output);
        if (options.ReportPath is { } path)
        {
            await report.WriteJsonAsync(path, cancellationToken);
            await output.WriteLineAsync($"report: {Path.GetFullPath(path)}");
        }

        return report.Failed > 0 ? 1 : !options.Quick && !report.ThresholdsMet ? 2 : 0;
    }
}
