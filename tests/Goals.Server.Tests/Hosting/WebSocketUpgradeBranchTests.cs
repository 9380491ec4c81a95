using System.Net;
using System.Net.WebSockets;
using Goals.Server.Tests.TestHost;
using Goals.Server.Tests.WebSockets;

namespace Goals.Server.Tests.Hosting;

/// <summary>
/// Upgrades that leave the pipeline first (<c>UseGraphQLWebSocketUpgrades</c>) are held to the same rules as on the
/// endpoint: the request budget, the Origin check, the subprotocol; other requests go on to the endpoint.
/// </summary>
public sealed class WebSocketUpgradeBranchTests
{
    private const string Listed = "https://app.example";

    [Fact]
    public async Task A_branched_socket_runs_operations_like_one_served_by_the_endpoint()
    {
        await using var server = await StartAsync();
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(server.GraphQLUri);

        await client.SendAsync("""{"id":"1","type":"subscribe","payload":{"query":"{ echo(message: \"ws\") }"}}""");

        Assert.Equal("""{"type":"next","id":"1","payload":{"data":{"echo":"ws"}}}""", await client.ReceiveAsync());
        Assert.Equal("""{"type":"complete","id":"1"}""", await client.ReceiveAsync());
    }

    [Fact]
    public async Task The_upgrade_spends_one_request_of_the_budget_and_is_refused_with_429_when_none_is_left()
    {
        await using var server = await StartAsync(new() { ["GraphQL:RateLimiting:Enabled"] = "true", ["GraphQL:RateLimiting:RequestsPerMinute"] = "1" });
        await using var first = await WebSocketTestClient.ConnectAndInitAsync(server.GraphQLUri);

        var refused = await Assert.ThrowsAsync<WebSocketException>(() =>
            WebSocketTestClient.ConnectFromAsync(server.GraphQLUri, origin: null, "graphql-transport-ws"));

        Assert.Contains("429", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upgrade_from_an_unlisted_origin_is_refused_with_403_and_a_listed_one_is_served()
    {
        await using var server = await StartAsync();

        var refused = await Assert.ThrowsAsync<WebSocketException>(() =>
            WebSocketTestClient.ConnectFromAsync(server.GraphQLUri, "https://evil.example", "graphql-transport-ws"));
        await using var listed = await WebSocketTestClient.ConnectFromAsync(server.GraphQLUri, Listed, "graphql-transport-ws");

        Assert.Contains("403", refused.Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.SwitchingProtocols, listed.HandshakeStatus);
    }

    [Fact]
    public async Task Without_a_subprotocol_the_socket_is_accepted_then_closed_with_4406()
    {
        await using var server = await StartAsync();
        await using var client = await WebSocketTestClient.ConnectAsync(server.GraphQLUri);

        Assert.Equal("4406 Subprotocol not acceptable", await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Http_requests_on_the_path_go_on_to_the_endpoint()
    {
        await using var server = await StartAsync();

        var answer = await server.PostAsync("{ echo(message: \"http\") }");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
    }

    private static Task<TestHost.TestServer> StartAsync(Dictionary<string, string?>? settings = null)
    {
        settings ??= [];
        settings["GraphQL:CorsOrigins:0"] = Listed;
        return WebSocketTestServer.StartAsync(serverSettings: settings, branchUpgrades: true);
    }
}
