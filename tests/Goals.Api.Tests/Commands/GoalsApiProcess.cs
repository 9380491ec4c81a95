using System.Diagnostics;
using Goals.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace Goals.Api.Tests.Commands;

/// <summary>What a command printed and returned.</summary>
public sealed record CommandRun(int ExitCode, IReadOnlyList<string> Output, string Error);

/// <summary>
/// The built Goals.Api assembly started as its own process, as an operator runs it
/// (<c>dotnet Goals.Api.dll jobs run …</c>), on one SQLite file. It reads the system clock like any deployment.
/// </summary>
public static class GoalsApiProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    // The test project references Goals.Api, so the build copies its assembly, runtimeconfig and appsettings here.
    private static string Directory => AppContext.BaseDirectory;

    public static async Task<CommandRun> RunAsync(string databasePath, params string[] args)
    {
        var assembly = Path.Combine(Directory, "Goals.Api.dll");
        Assert.True(File.Exists(assembly), $"{assembly} is missing: build tests/Goals.Api.Tests first");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(assembly);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Only this database: no store or job settings leak in from the environment the tests run in.
        foreach (var key in start.Environment.Keys.Where(IsHostSetting).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["ConnectionStrings__Sqlite"] = $"Data Source={databasePath}";
        start.Environment["DOTNET_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Assert.Fail($"'{string.Join(' ', args)}' did not finish within {Timeout.TotalSeconds} s and was killed");
        }

        return new CommandRun(
            process.ExitCode,
            (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            (await error).Trim());
    }

    private static bool IsHostSetting(string key) =>
        key.StartsWith("ConnectionStrings__", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("Storage__", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("Jobs__", StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// The real host, scheduler off and system clock, on the database folder a command process then uses: it seeds the
/// facts before a run and reads what the run stored.
/// </summary>
public sealed class CommandDatabase(string directory) : GoalsApiFactory(realSockets: false, directory)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Jobs:Enabled", "false");
    }
}
