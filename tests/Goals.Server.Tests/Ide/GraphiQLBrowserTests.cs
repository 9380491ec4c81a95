using Goals.Server.Tests.Compat;
using Goals.Server.Tests.WebSockets;
using Xunit.Abstractions;

namespace Goals.Server.Tests.Ide;

/// <summary>Drives the IDE in headless Chromium (tests/compat/ide-browser.mjs with playwright-core).</summary>
public sealed class GraphiQLBrowserTests(ITestOutputHelper output)
{
    private const string Chromium = "/usr/bin/chromium";

    [SkippableFact]
    public async Task GraphiQL_runs_a_typed_query_and_a_subscription_in_a_real_browser()
    {
        IdeBundle.Require();
        CompatScripts.RequireNode("playwright-core");
        if (!File.Exists(Chromium) && ExternalTools.IsCi)
            Assert.Fail($"{Chromium} is required in CI: apt-get install chromium");
        Skip.IfNot(File.Exists(Chromium), $"{Chromium} is missing: apt-get install chromium");

        await using var server = await WebSocketTestServer.StartAsync();
        var outputDirectory = Directory.CreateTempSubdirectory("goals-ide-browser-").FullName;

        var (exitCode, stdout) = await ExternalTools.RunAsync(
            "node",
            ["ide-browser.mjs", "--url", server.GraphQLUri.ToString(), "--chromium", Chromium, "--out", outputDirectory],
            CompatScripts.Directory);

        output.WriteLine(stdout);
        output.WriteLine($"screenshots: {outputDirectory}");
        Assert.True(exitCode == 0, $"browser check failed (screenshots in {outputDirectory}):\n{stdout}");
        Assert.Contains("ok   subscription over graphql-transport-ws", stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(outputDirectory, "ide.png")));
    }
}
