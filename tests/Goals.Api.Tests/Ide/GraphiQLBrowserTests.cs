using Goals.Api.Tests.Goals;
using Goals.Api.Tests.Support;
using Goals.Server.Tests.Compat;
using Goals.Server.Tests.Ide;
using Goals.Server.Tests.WebSockets;
using Xunit.Abstractions;

namespace Goals.Api.Tests.Ide;

/// <summary>
/// Drives the IDE of the real Goals host (Development, Kestrel on loopback) in headless Chromium
/// (tests/compat/ide-browser.mjs with playwright-core): GraphiQL introspects the Goals schema, its documentation
/// lists Goal and createGoal, the development token pre-fills the Headers pane (ADR 0161), and a signed-in query and a subscription run from the editor.
/// </summary>
public sealed class GraphiQLBrowserTests(KestrelApiFactory factory, ITestOutputHelper output) : IClassFixture<KestrelApiFactory>
{
    private const string Chromium = "/usr/bin/chromium";

    [SkippableFact]
    public async Task GraphiQL_loads_the_goals_schema_and_runs_a_query_and_a_subscription_in_a_real_browser()
    {
        IdeBundle.Require();
        CompatScripts.RequireNode("playwright-core");
        if (!File.Exists(Chromium) && ExternalTools.IsCi)
            Assert.Fail($"{Chromium} is required in CI: apt-get install chromium");
        Skip.IfNot(File.Exists(Chromium), $"{Chromium} is missing: apt-get install chromium");

        using var client = factory.ClientFor("ide-user");
        var goalId = await client.CreateIdAsync(new { title = "Read in the browser", pattern = "TARGET", target = 30, unit = "pages" });
        using var developer = factory.ClientFor(Users.DevTokenEndpointTests.DefaultUser);
        var developerId = (await developer.DataAsync("{ me { id } }"))["me"]!["id"]!.GetValue<string>();
        using var http = factory.CreateClient();
        var outputDirectory = Directory.CreateTempSubdirectory("goals-ide-browser-").FullName;

        var (exitCode, stdout) = await ExternalTools.RunAsync(
            "node",
            ["ide-browser.mjs", "--url", new Uri(http.BaseAddress!, "/graphql").ToString(), "--chromium", Chromium,
                "--out", outputDirectory, "--token", factory.TokenFor("ide-user"), "--goal-id", goalId, "--dev-user-id", developerId],
            CompatScripts.Directory);

        output.WriteLine(stdout);
        output.WriteLine($"screenshots: {outputDirectory}");
        Assert.True(exitCode == 0, $"browser check failed (screenshots in {outputDirectory}):\n{stdout}");
        Assert.Contains("ok   documentation lists Goal and createGoal", stdout, StringComparison.Ordinal);
        Assert.Contains("ok   the development token pre-filled in the Headers pane signs in", stdout, StringComparison.Ordinal);
        Assert.Contains("ok   subscription over graphql-transport-ws", stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(outputDirectory, "ide.png")));
    }
}
