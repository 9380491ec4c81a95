using System.Globalization;

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
        string? Value(string name) => args.SkipWhile(arg => arg != $"--{name}").Skip(1).FirstOrDefault();
        int Number(string name, int fallback, int min, int max) =>
            Math.Clamp(Value(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback, min, max);

        var url = new Uri(Value("url") ?? "http://127.0.0.1:5080/");
        if (!url.IsLoopback)
        {
            throw new ArgumentException("--url must be a loopback address (127.0.0.1, localhost, [::1]).");
        }

        var key = Value("signing-key") ?? Environment.GetEnvironmentVariable("Auth__SigningKey")
            ?? throw new ArgumentException("--signing-key (or Auth__SigningKey) is the server's Auth:SigningKey.");
        var quick = args.Contains("--quick");
        var sustain = quick
            ? TimeSpan.FromSeconds(Number("seconds", 20, 5, 60))
            : TimeSpan.FromMinutes(Number("minutes", 10, 1, 60));
        return new ScenarioOptions(url, key, Value("issuer") ?? "goals", Value("audience") ?? "goals-api", quick,
            Number("users", 100, 1, 1_000), Number("goals-per-user", 3, 1, 20), Number("logs-per-minute", 1_000, 1, 60_000),
            sustain, Number("readers", 10, 1, 200), Value("report"));
    }
}
