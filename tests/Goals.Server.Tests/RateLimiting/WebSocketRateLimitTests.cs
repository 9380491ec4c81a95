using System.Globalization;
using System.Text.Json.Nodes;
using Goals.Server.Tests.TestHost;
using Goals.Server.Tests.WebSockets;
using Goals.Server.WebSockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Goals.Server.Tests.RateLimiting;

/// <summary>One upgrade, then unlimited subscribes over the socket, would bypass the request budget: each operation counts.</summary>
public sealed class WebSocketRateLimitTests
{
    private const string Echo = """{"query":"{ echo(message: \"ws\") }"}""";

    [Fact]
    public async Task Operations_over_a_socket_beyond_the_request_budget_get_a_rate_limited_error_and_the_socket_stays_open()
    {
        await using var server = await StartAsync(requestsPerMinute: 3);
        await using var ann = await WebSocketTestClient.ConnectAndInitAsync(server.GraphQLUri, """{"type":"connection_init","payload":{"user":"ann"}}""");
        for (var i = 1; i <= 3; i++)
        {
            await ann.SendAsync($$"""{"id":"{{i}}","type":"subscribe","payload":{{Echo}}}""");
            Assert.Equal("{\"type\":\"next\",\"id\":\"" + i + "\",\"payload\":{\"data\":{\"echo\":\"ws\"}}}", await ann.ReceiveAsync());
            Assert.Equal($$"""{"type":"complete","id":"{{i}}"}""", await ann.ReceiveAsync());
        }

        await ann.SendAsync($$"""{"id":"4","type":"subscribe","payload":{{Echo}}}""");
        var refused = JsonNode.Parse(await ann.ReceiveAsync())!;

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
        // Two upgrades spend the address's budget of 2; the operations spend ann's and bob's.
        await using var server = await StartAsync(requestsPerMinute: 2);
        await using var ann = await WebSocketTestClient.ConnectAndInitAsync(server.GraphQLUri, """{"type":"connection_init","payload":{"user":"ann"}}""");
        for (var i = 1; i <= 2; i++)
        {
            await ann.SendAsync($$"""{"id":"{{i}}","type":"subscribe","payload":{{Echo}}}""");
            Assert.StartsWith("{\"type\":\"next\"", await ann.ReceiveAsync(), StringComparison.Ordinal);
            await ann.ReceiveAsync();
        }

        await using var bob = await WebSocketTestClient.ConnectAndInitAsync(server.GraphQLUri, """{"type":"connection_init","payload":{"user":"bob"}}""");
        await ann.SendAsync($$"""{"id":"3","type":"subscribe","payload":{{Echo}}}""");
        await bob.SendAsync($$"""{"id":"1","type":"subscribe","payload":{{Echo}}}""");

        Assert.StartsWith("""{"type":"error","id":"3""", await ann.ReceiveAsync(), StringComparison.Ordinal);
        Assert.StartsWith("""{"type":"next","id":"1""", await bob.ReceiveAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_anonymous_socket_spends_the_budget_of_its_address_shared_with_http()
    {
        // The upgrade request is one HTTP request of 127.0.0.1; the subscribe is the second and last.
        await using var server = await StartAsync(requestsPerMinute: 2);
        await using var anonymous = await WebSocketTestClient.ConnectAndInitAsync(server.GraphQLUri);
        await anonymous.SendAsync($$"""{"id":"1","type":"subscribe","payload":{{Echo}}}""");
        Assert.StartsWith("""{"type":"next","id":"1""", await anonymous.ReceiveAsync(), StringComparison.Ordinal);

        var overHttp = await server.PostAsync("{ echo(message: \"hi\") }");

        Assert.Equal(HttpStatusCode.TooManyRequests, overHttp.Status);
    }

    private static Task<TestServer> StartAsync(int requestsPerMinute)
    {
        var webSockets = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["KeepAliveInterval"] = "00:00:00" }).Build();
        return TestServer.StartAsync(
            new Dictionary<string, string?>
            {
                ["GraphQL:RateLimiting:Enabled"] = "true",
                ["GraphQL:RateLimiting:RequestsPerMinute"] = requestsPerMinute.ToString(CultureInfo.InvariantCulture),
            },
            services: collection =>
            {
                collection.AddGraphQLWebSockets(webSockets);
                collection.AddSingleton<IWebSocketConnectionAuthenticator, TestAuthenticator>();
            });
    }
}
