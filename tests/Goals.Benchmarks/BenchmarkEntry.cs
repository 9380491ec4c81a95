using BenchmarkDotNet.Running;
using Goals.Benchmarks.Sweeps;

namespace Goals.Benchmarks;

/// <summary>
/// Named, not top-level: the API's own <c>Program</c> is the entry point the sweep harness hosts.
/// </summary>
internal static class BenchmarkEntry
{
    // Full run: dotnet run -c Release --project tests/Goals.Benchmarks -- --filter '*'
    // Quick run: add --job short
    // The sweeps at scale over a seeded SQLite file: ... -- sweeps --users 2000
    public static async Task<int> Main(string[] args)
    {
        if (args is ["sweeps", .. var options])
        {
            return await SweepCommand.RunAsync(options);
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkEntry).Assembly).Run(args);
        return 0;
    }
}
