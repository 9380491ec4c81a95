using System.Globalization;

namespace Goals.LoadRunner;

/// <summary>
/// <c>--url http://127.0.0.1:5080/ --token T --clients 8 --seconds 20 --query "{ me { id } }"</c>, optionally
/// <c>--seed-habits 20 --seed-days 320</c> to fill the account first, <c>--window 5</c> to print the run window by
/// window. Only loopback addresses are accepted: this tool is for measuring a server on the same machine.
/// </summary>
internal sealed record LoadOptions(Uri Url, string? Token, int Concurrency, TimeSpan Duration, string Query, int MaxRequestsPerClient,
    int SeedHabits, int SeedDays, TimeSpan Window)
{
    public static LoadOptions Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(arg => arg != $"--{name}").Skip(1).FirstOrDefault();
        int Number(string name, int fallback) =>
            Value(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

        var url = new Uri(Value("url") ?? "http://127.0.0.1:5080/");
        if (!url.IsLoopback)
        {
            throw new ArgumentException("--url must be a loopback address (127.0.0.1, localhost, [::1]).");
        }

        return new LoadOptions(
            url,
            Value("token"),
            Math.Clamp(Number("clients", 8), 1, 256),
            TimeSpan.FromSeconds(Math.Clamp(Number("seconds", 20), 1, 300)),
            Value("query") ?? "{ me { id } }",
            Math.Clamp(Number("max-requests", 100_000), 1, 1_000_000),
            Math.Clamp(Number("seed-habits", 0), 0, 100),
            Math.Clamp(Number("seed-days", 320), 1, 3_660),
            TimeSpan.FromSeconds(Math.Clamp(Number("window", 0), 0, 60)));
    }
}
