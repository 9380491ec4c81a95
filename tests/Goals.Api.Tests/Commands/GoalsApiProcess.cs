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
        // Only this database: no store or job settings leak in from the environment the tests run in.
        var run = await ExternalProgram.RunAsync(
            Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", [assembly, .. args], Directory, Timeout,
            new Dictionary<string, string>
            {
                ["ConnectionStrings__Sqlite"] = $"Data Source={databasePath}",
                ["DOTNET_ENVIRONMENT"] = "Development",
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
            },
            IsHostSetting);
        return new CommandRun(
            run.ExitCode,
            run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            run.Error.Trim());
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
