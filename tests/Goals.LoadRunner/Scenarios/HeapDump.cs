using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Goals.LoadRunner.Scenarios;

/// <summary>
/// A full, blocking collection in the server process, from outside: <c>dotnet-gcdump collect</c> triggers one to walk
/// the heap, so afterwards the server's "heap at the last collection" is its live data plus what the collection left
/// unreclaimed, and the dump's own total is the live objects alone. The server needs no endpoint of its own for it.
/// </summary>
public sealed partial class HeapDump(int pid, string tool, string directory)
{
    /// <summary>Collects, keeps the dump (for <c>dotnet-gcdump report</c> by type) and returns the live bytes it holds.</summary>
    public async Task<LiveHeap> CollectAsync(string name, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"{name}.gcdump");
        File.Delete(path);
        await RunAsync(["collect", "-p", pid.ToString(CultureInfo.InvariantCulture), "-o", path], cancellationToken);
        var report = await RunAsync(["report", path], cancellationToken);
        var total = TotalLine().Match(report);
        long? bytes = total.Success ? long.Parse(total.Groups["bytes"].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) : null;
        return new LiveHeap(path, bytes);
    }

    private async Task<string> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} could not be started");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return process.ExitCode == 0
            ? await output
            : throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)}: exit {process.ExitCode}: {await errors}{await output}");
    }

    // The report's first line: "    12,345,678  GC Heap bytes".
    [GeneratedRegex(@"(?<bytes>[\d,]+)\s+GC Heap bytes")]
    private static partial Regex TotalLine();
}

/// <summary>A heap dump on disk and the live bytes its report counts (null when the report's format is not recognised).</summary>
public sealed record LiveHeap(string DumpPath, long? LiveBytes);
