using System.Text.Json.Nodes;
using static Goals.Server.Tests.WebSockets.SharedSubscriptionSockets;

namespace Goals.Server.Tests.WebSockets;

/// <summary>A shared execution keeps every per-socket rule: the request budget, the stream's end, the exact frames.</summary>
public sealed class SharedSubscriptionRulesTests
{
    [Fact]
    public async Task A_subscriber_that_joins_spends_a_request_and_is_refused_like_any_other_when_none_is_left()
    {
        // The upgrades spend the address's budget; the subscribes spend ann's budget of 2.
        await using var server = await WebSocketTestServer.StartAsync(serverSettings: new Dictionary<string, string?>
        {
            ["GraphQL:RateLimiting:Enabled"] = "true",
            ["GraphQL:RateLimiting:RequestsPerMinute"] = "2",
        });
        var (pulse, shared) = (server.Pulse(), server.Shared());
        var (first, second) = await TwoMembersAsync(server);
        await using var firstSocket = first;
        await using var secondSocket = second;

        await first.SendAsync(Subscribe("c", "t"));
        var refused = JsonNode.Parse(await first.ReceiveAsync())!;

        Assert.Equal("error", refused["type"]!.GetValue<string>());
        Assert.Equal("c", refused["id"]!.GetValue<string>());
        Assert.Equal("RATE_LIMITED", refused["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal((2, 1), (shared.Members, pulse.Resolutions));
    }

    [Fact]
    public async Task The_end_of_the_stream_completes_every_member_and_a_failure_reaches_each_of_them()
    {
        await using var server = await WebSocketTestServer.StartAsync();
        var (pulse, shared) = (server.Pulse(), server.Shared());
        var (first, second) = await TwoMembersAsync(server);
        await using var firstSocket = first;
        await using var secondSocket = second;

        pulse.End("t");

        Assert.Equal(Complete("a"), await first.ReceiveAsync());
        Assert.Equal(Complete("b"), await second.ReceiveAsync());
        await Eventually(() => shared.Executions == 0 && shared.Members == 0);

        await first.SubscribeAndWaitAsync(Subscribe("c", "f"), () => pulse.Followers("f") == 1);
        await second.SubscribeAndWaitAsync(Subscribe("d", "f"), () => shared.Members == 2);
        pulse.Fail("f");

        var failure = await first.ReceiveAsync();
        Assert.StartsWith("""{"type":"next","id":"c","payload":{"errors":[""", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", failure, StringComparison.Ordinal);
        Assert.Equal(failure.Replace("\"id\":\"c\"", "\"id\":\"d\"", StringComparison.Ordinal), await second.ReceiveAsync());
        Assert.Equal(Complete("c"), await first.ReceiveAsync());
        Assert.Equal(Complete("d"), await second.ReceiveAsync());
    }

    [Theory]
    [InlineData("graphql-transport-ws")]
    [InlineData("graphql-ws")]
    public async Task Shared_frames_are_the_bytes_an_execution_of_its_own_sends(string subprotocol)
    {
        // An id and a value that the serializer escapes, so the escaping of the shared path is checked too.
        const string id = "\\u00e9<&\\\"1";
        var alone = (await FramesAsync(subprotocol, id, share: false))[0];
        var shared = await FramesAsync(subprotocol, id, share: true);

        Assert.Equal(alone, shared[0]);
        Assert.Equal(alone, shared[1]);
    }

    [Fact]
    public async Task Switched_off_or_for_a_field_not_marked_each_subscription_runs_alone()
    {
        await using var server = await WebSocketTestServer.StartAsync(new Dictionary<string, string?> { ["ShareSubscriptions"] = "false" });
        await using var unmarked = await WebSocketTestServer.StartAsync();
        foreach (var (host, field) in new[] { (server, "pulse"), (unmarked, "unsharedPulse") })
        {
            var pulse = host.Pulse();
            await using var first = await SignedInAsync(host, "ann");
            await using var second = await SignedInAsync(host, "ann");
            await first.SubscribeAndWaitAsync(Subscribe("a", "t", field), () => pulse.Followers("t") == 1);
            await second.SubscribeAndWaitAsync(Subscribe("b", "t", field), () => pulse.Followers("t") == 2);

            pulse.Publish("t", "1");

            Assert.Equal(Next("a", "1", field), await first.ReceiveAsync());
            Assert.Equal(Next("b", "1", field), await second.ReceiveAsync());
            Assert.Equal((2, 0, 0), (pulse.Resolutions, host.Shared().Executions, host.Shared().Members));
        }
    }

    /// <summary>The event frames of one subscriber alone, or of two sharing one execution.</summary>
    private static async Task<string[]> FramesAsync(string subprotocol, string id, bool share)
    {
        await using var server = await WebSocketTestServer.StartAsync(new Dictionary<string, string?> { ["ShareSubscriptions"] = share ? "true" : "false" });
        var pulse = server.Pulse();
        var sockets = new List<WebSocketTestClient>();
        try
        {
            for (var i = 0; i < (share ? 2 : 1); i++)
            {
                var socket = await WebSocketTestClient.ConnectAsync(server.GraphQLUri, subprotocol);
                sockets.Add(socket);
                await socket.SendAsync("""{"type":"connection_init","payload":{"user":"ann"}}""");
                Assert.Equal("""{"type":"connection_ack"}""", await socket.ReceiveAsync());
                if (subprotocol == "graphql-ws")
                    Assert.Equal("""{"type":"ka"}""", await socket.ReceiveAsync());
                var type = subprotocol == "graphql-ws" ? "start" : "subscribe";
                await socket.SubscribeAndWaitAsync(
                    "{\"id\":\"" + id + "\",\"type\":\"" + type + "\",\"payload\":{\"query\":\"subscription { pulse(topic: \\\"t\\\") }\"}}",
                    () => share ? server.Shared().Members == i + 1 : pulse.Followers("t") == 1);
            }

            pulse.Publish("t", "ünï<>\"");
            var frames = new string[sockets.Count];
            for (var i = 0; i < sockets.Count; i++)
                frames[i] = await sockets[i].ReceiveAsync();
            return frames;
        }
        finally
        {
            foreach (var socket in sockets)
                await socket.DisposeAsync();
        }
    }
}
