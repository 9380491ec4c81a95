using System.Diagnostics;
using Goals.Server.Tests.TestHost;
using Xunit.Abstractions;

namespace Goals.Server.Tests.Compat;

/// <summary>Runs the npm graphql-http audit (the GraphQL-over-HTTP spec checks) against the real server.</summary>
[Collection(SharedServerDefinition.Name)]
public sealed class GraphQLHttpAuditTests(ServerFixture fixture, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Graphql_http_audit_passes_every_must_and_should()
    {
        var compat = Path.Combine(RepositoryRoot(), "tests", "compat");
        var ready = ExternalTools.HasNode() && Directory.Exists(Path.Combine(compat, "node_modules", "graphql-http"));
        if (!ready && ExternalTools.IsCi)
            Assert.Fail("node and tests/compat/node_modules are required in CI: run npm ci in tests/compat");
        Skip.IfNot(ready, "node or tests/compat/node_modules is missing: install node, then run npm ci in tests/compat");

        var (exitCode, stdout) = await ExternalTools.RunAsync("node", ["audit.mjs", fixture.Server.GraphQLUri.ToString()], compat);

        output.WriteLine(stdout);
        Assert.True(exitCode == 0, $"graphql-http audit reported MUST/SHOULD failures:\n{stdout}");
        Assert.Contains("MUST   ok=", stdout, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Goals.sln")))
                return directory.FullName;
        }

        throw new InvalidOperationException("Goals.sln not found above " + AppContext.BaseDirectory);
    }
}

internal static class ExternalTools
{
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static bool HasNode()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("node", "--version") { RedirectStandardOutput = true, UseShellExecute = false });
            process?.WaitForExit(10_000);
            return process?.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    public static async Task<(int ExitCode, string Output)> RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, (await stdout) + (await stderr));
    }
}
