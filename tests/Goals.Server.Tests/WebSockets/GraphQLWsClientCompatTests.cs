using Goals.Server.Execution;
using Goals.Server.Tests.Compat;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Goals.Server.Tests.WebSockets;

/// <summary>Runs the npm graphql-ws client (tests/compat/ws-client.mjs) against the real server.</summary>
public sealed class GraphQLWsClientCompatTests(ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Graphql_ws_client_subscribes_queries_and_sees_every_close_code_it_can_provoke()
    {
        CompatScripts.RequireNode("graphql-ws");
        // Every check opens its own connection and must initialise within the timeout, also on a busy machine; the
        // slow-init check waits three times as long.
        await using var server = await WebSocketTestServer.StartAsync(new Dictionary<string, string?> { ["ConnectionInitWaitTimeout"] = "00:00:01.500" });
        await using var broken = await WebSocketTestServer.StartAsync(
            services: services => services.AddSingleton<IGraphQLRequestExecutor, AlwaysFailingExecutor>());

        var (exitCode, stdout) = await ExternalTools.RunAsync(
            "node",
            ["ws-client.mjs", "--url", server.GraphQLUri.ToString(), "--broken-url", broken.GraphQLUri.ToString(), "--init-timeout-ms", "1500"],
            CompatScripts.Directory);

        output.WriteLine(stdout);
        Assert.True(exitCode == 0, $"graphql-ws client checks failed:\n{stdout}");
        Assert.Contains("graphql-ws client: 10 passed, 0 failed", stdout, StringComparison.Ordinal);
    }
}
