namespace Goals.LoadRunner.Scenarios;

/// <summary>
/// <c>scenarios --url http://127.0.0.1:5080/ --signing-key KEY [--quick] [--users 100] [--goals-per-user 3]
/// [--logs-per-minute 1000] [--minutes 10] [--readers 10] [--report load-report.json]</c>. <c>--quick</c> runs the
/// same scenarios for 20 seconds, for a smoke run that checks they work and asserts nothing about speed.
/// </summary>
public sealed record ScenarioOptions(Uri Url, string SigningKey, string Issuer, string Audience, bool Quick, int Users,
    int GoalsPerUser, int LogsPerMinute, TimeSpan Sustain, int Readers, string? ReportPath)
{
    public static ScenarioOptions Parse(IReadOnlyList<string> args)
    {
        var flags = new CommandLineArguments(args);
        var quick = args.Contains("--quick");
        var sustain = quick
            ? TimeSpan.FromSeconds(flags.Number("seconds", 20, 5, 60))
            : TimeSpan.FromMinutes(flags.Number("minutes", 10, 1, 60));
        return new ScenarioOptions(flags.LoopbackUrl(), flags.SigningKey(), flags.Issuer, flags.Audience, quick,
            flags.Number("users", 100, 1, 1_000), flags.Number("goals-per-user", 3, 1, 20), flags.Number("logs-per-minute", 1_000, 1, 60_000),
            sustain, flags.Number("readers", 10, 1, 200), flags.Value("report"));
    }
}
