using System.Globalization;
using System.Text.Json.Nodes;
using Goals.Server.Tests.TestHost;
using Goals.Server.Tests.WebSockets;

namespace Goals.Server.Tests.RateLimiting;

/// <summary>One upgrade, then unlimited subscribes over the socket, would bypass the request budget: each operation counts.</summary>
public sealed class WebSocketRateLimitTests
{
    private const string Ran = """{"type":"next","id":"{0}","payload":{"data":{"echo":"ws"}}}""";

    [Fact]
    public async Task Operations_over_a_socket_beyond_the_request_budget_get_a_rate_limited_error_and_the_socket_stays_open()
    {
        await using var server = await StartAsync(requestsPerMinute: 3);
        await using var ann = await SignedInAsync(server, "ann");
        for (var i = 1; i <= 3; i++)
            Assert.Equal(Ran.Replace("{0}", $"{i}", StringComparison.Ordinal), await EchoAsync(ann, $"{i}"));

        var refused = JsonNode.Parse(await EchoAsync(ann, "4"))!;

        Assert.Equal("error", refused["type"]!.GetValue<string>());
        Assert.Equal("4", refused["id"]!.GetValue<string>());
        Assert.Equal("RATE_LIMITED", refused["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.InRange(refused["payload"]![0]!["extensions"]!["retryAfter"]!.GetValue<int>(), 1, 60);
        await ann.SendAsync("""{"type":"ping"}""");
        Assert.Equal("""{"type":"pong"}""", await ann.ReceiveAsync());
        Assert.Null(ann.CloseStatus);
    }

    [Fact]
    public async Task Each_signed_in_user_has_a_budget_of_their_own()
    {
        // The two upgrades spend the address's budget of 2; the operations spend ann's and bob's.
        await using var server = await StartAsync(requestsPerMinute: 2);
        await using var ann = await SignedInAsync(server, "ann");
        await EchoAsync(ann, "1");
        await EchoAsync(ann, "2");
        await using var bob = await SignedInAsync(server, "bob");

        Assert.StartsWith("""{"type":"error","id":"3""", await EchoAsync(ann, "3"), StringComparison.Ordinal);
        Assert.Equal(Ran.Replace("{0}", "1", StringComparison.Ordinal), await EchoAsync(bob, "1"));
    }

    [Fact]
    public async Task An_anonymous_socket_spends_the_budget_of_its_address_shared_with_http()
    {
        // The upgrade request is one HTTP request of 127.0.0.1; the subscribe is the second and last.
        await using var server = await StartAsync(requestsPerMinute: 2);
        await using var anonymous = await WebSocketTestClient.ConnectAndInitAsync(server.GraphQLUri);
        Assert.Equal(Ran.Replace("{0}", "1", StringComparison.Ordinal), await EchoAsync(anonymous, "1"));

        var overHttp = await server.PostAsync("{ echo(message: \"hi\") }");

        Assert.Equal(HttpStatusCode.TooManyRequests, overHttp.Status);
    }

    private static Task<WebSocketTestClient> SignedInAsync(TestServer server, string user) =>
        WebSocketTestClient.ConnectAndInitAsync(
            server.GraphQLUri, """{"type":"connection_init","payload":{"user":"USER"}}""".Replace("USER", user, StringComparison.Ordinal));

    /// <summary>Subscribes to an echo and returns the first answer (for an echo that ran, its complete follows).</summary>
    private static async Task<string> EchoAsync(WebSocketTestClient client, string id)
    {
        await client.SendAsync("""{"id":"ID","type":"subscribe","payload":{"query":"{ echo(message: \"ws\") }"}}""".Replace("ID", id, StringComparison.Ordinal));
        var answer = await client.ReceiveAsync();
        if (answer.StartsWith("""{"type":"next""", StringComparison.Ordinal))
            Assert.Equal($$"""{"type":"complete","id":"{{id}}"}""", await client.ReceiveAsync());
        return answer;
    }

    private static Task<TestServer> StartAsync(int requestsPerMinute) =>
        WebSocketTestServer.StartAsync(serverSettings: new Dictionary<string, string?>
        {
            ["GraphQL:RateLimiting:Enabled"] = "true",
            ["GraphQL:RateLimiting:RequestsPerMinute"] = requestsPerMinute.ToString(CultureInfo.InvariantCulture),
        });
}
