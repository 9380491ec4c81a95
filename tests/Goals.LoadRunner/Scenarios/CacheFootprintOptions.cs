using System.Globalization;

namespace Goals.LoadRunner.Scenarios;

/// <summary>
/// <c>cache-footprint seed --url URL --signing-key KEY --users 2000 [--from 0] [--goals 20] [--days 30] [--parallel 8]</c>
/// fills accounts <c>footprint-00000</c>… through the API (seed fresh ones: a second seed adds goals);
/// <c>cache-footprint copy --db FILE --users 10000</c>, with the server stopped, makes accounts 1… copies of the
/// API-seeded account 0 in its SQLite file (<see cref="AccountCopier"/>);
/// <c>cache-footprint read --url URL --signing-key KEY --users 1000 --server-pid PID [--warm-up-users 20]
/// [--gcdump dotnet-gcdump] [--dumps /tmp/goals-footprint] [--max-settle 30]</c> reads each account's goal page once
/// and prints what the server's managed heap gained.
/// </summary>
public sealed record CacheFootprintOptions(Uri Url, string SigningKey, string Issuer, string Audience, string Phase, int Users, int From,
    int Goals, int Days, int Parallel, int? ServerPid, int WarmUpUsers, string GcDump, string Dumps, TimeSpan MaxSettle, string? Database)
{
    public static CacheFootprintOptions Parse(IReadOnlyList<string> args)
    {
        var flags = new CommandLineArguments(args);
        var phase = args.Count > 1 ? args[1] : "";
        if (phase is not ("seed" or "copy" or "read"))
        {
            throw new ArgumentException("cache-footprint seed|copy|read: seed the accounts once, then read them on a fresh server.");
        }

        if (phase == "copy" && flags.Value("db") is null)
        {
            throw new ArgumentException("cache-footprint copy needs --db: the stopped server's SQLite file.");
        }

        int? pid = flags.Value("server-pid") is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : null;
        if (phase == "read" && pid is null)
        {
            throw new ArgumentException("cache-footprint read needs --server-pid: the collections are triggered in that process.");
        }

        // A global tool is installed in ~/.dotnet/tools, which is not always on PATH.
        var installed = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet", "tools", "dotnet-gcdump");
        return new CacheFootprintOptions(flags.LoopbackUrl(), phase == "copy" ? "" : flags.SigningKey(), flags.Issuer, flags.Audience, phase,
            flags.Number("users", 1_000, 1, 100_000), flags.Number("from", 0, 0, 99_999), flags.Number("goals", 20, 1, 100),
            flags.Number("days", 30, 1, 366), flags.Number("parallel", 8, 1, 64), pid, flags.Number("warm-up-users", 20, 0, 1_000),
            flags.Value("gcdump") ?? (File.Exists(installed) ? installed : "dotnet-gcdump"),
            flags.Value("dumps") ?? Path.Combine(Path.GetTempPath(), "goals-footprint"), TimeSpan.FromSeconds(flags.Number("max-settle", 30, 1, 600)),
            flags.Value("db"));
    }

    public static string UserId(int index) => $"footprint-{index:00000}";
}
