using System.Globalization;

namespace Goals.LoadRunner.Scenarios;

/// <summary>
/// <c>sockets --url http://127.0.0.1:5080/ --signing-key KEY [--sockets 10000] [--server-pid PID]
/// [--selection "id progress { current }"] [--connect-parallelism 64] [--delivery-timeout 120] [--max-settle 60]
/// [--hold 0] [--hold-idle 0]</c>. Before each memory reading the scenario waits until the server is quiet (at most
/// <c>--max-settle</c> seconds); without <c>--server-pid</c> memory is not read and it waits that long before the log.
/// <c>--hold</c> keeps the sockets open that many seconds after the fan-out (to take a heap dump), <c>--hold-idle</c>
/// before it (a heap dump of idle sockets only).
/// </summary>
public sealed record SocketScenarioOptions(Uri Url, string SigningKey, string Issuer, string Audience, int Sockets, int? ServerPid,
    string Selection, int ConnectParallelism, TimeSpan DeliveryTimeout, TimeSpan MaxSettle, TimeSpan Hold, TimeSpan HoldIdle)
{
    public static SocketScenarioOptions Parse(IReadOnlyList<string> args)
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
        int? pid = Value("server-pid") is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : null;
        return new SocketScenarioOptions(url, key, Value("issuer") ?? "goals", Value("audience") ?? "goals-api",
            Number("sockets", 10_000, 1, 50_000), pid, Value("selection") ?? "id progress { current }",
            Number("connect-parallelism", 64, 1, 1_000), TimeSpan.FromSeconds(Number("delivery-timeout", 120, 1, 600)),
            TimeSpan.FromSeconds(Number("max-settle", 60, 1, 600)), TimeSpan.FromSeconds(Number("hold", 0, 0, 3_600)),
            TimeSpan.FromSeconds(Number("hold-idle", 0, 0, 3_600)));
    }
}
