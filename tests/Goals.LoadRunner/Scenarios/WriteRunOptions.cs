namespace Goals.LoadRunner.Scenarios;

/// <summary>
/// <c>writes --url http://127.0.0.1:5080/ --signing-key KEY [--clients 64] [--seconds 30] [--window 5] [--warm-up 20]
/// [--pattern HABIT]</c>. The warm-up logs to another goal of the same account first, so that the first window measures
/// the server's pace rather than its start-up: after 5 s of warm-up a fresh process still climbed from ~400 to ~900
/// writes a second through the first window, after 20 s it was flat from the first second.
/// </summary>
public sealed record WriteRunOptions(Uri Url, string SigningKey, string Issuer, string Audience, int Clients, TimeSpan Duration,
    TimeSpan Window, TimeSpan WarmUp, string Pattern)
{
    public static WriteRunOptions Parse(IReadOnlyList<string> args)
    {
        var flags = new CommandLineArguments(args);
        return new WriteRunOptions(flags.LoopbackUrl(), flags.SigningKey(), flags.Issuer, flags.Audience,
            flags.Number("clients", 64, 1, 256), TimeSpan.FromSeconds(flags.Number("seconds", 30, 2, 600)),
            TimeSpan.FromSeconds(flags.Number("window", 5, 1, 60)), TimeSpan.FromSeconds(flags.Number("warm-up", 20, 0, 120)),
            flags.Value("pattern") ?? "HABIT");
    }
}
