namespace Goals.Server.Tests.WebSockets;

public sealed class OperationLimitTests
{
    [Fact]
    public async Task A_subscribe_beyond_the_per_connection_limit_gets_an_error_and_the_others_carry_on()
    {
        await using var server = await WebSocketTestServer.StartAsync(
            new Dictionary<string, string?> { ["MaxOperationsPerConnection"] = "2" });
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(server.GraphQLUri);
        await client.SendAsync("""{"id":"a","type":"subscribe","payload":{"query":"subscription { heartbeat(intervalMs: 60000) }"}}""");
        await client.SendAsync("""{"id":"b","type":"subscribe","payload":{"query":"subscription { heartbeat(intervalMs: 60000) }"}}""");

        await client.SendAsync("""{"id":"c","type":"subscribe","payload":{"query":"subscription { ticks(count: 1) }"}}""");
        Assert.Equal(
            """{"type":"error","id":"c","payload":[{"message":"This connection already runs 2 operations, the most it may; complete one before starting another.","extensions":{"code":"TOO_MANY_OPERATIONS"}}]}""",
            await client.ReceiveAsync());

        await client.SendAsync("""{"id":"a","type":"complete"}""");
        await client.SendAsync("""{"id":"c","type":"subscribe","payload":{"query":"subscription { ticks(count: 1) }"}}""");
        Assert.Equal("""{"type":"next","id":"c","payload":{"data":{"ticks":1}}}""", await client.ReceiveAsync());
        Assert.Equal("""{"type":"complete","id":"c"}""", await client.ReceiveAsync());
        Assert.Null(client.CloseStatus);
    }

    [Fact]
    public async Task Operation_bytes_in_flight_subscribes_beyond_the_bound_get_an_error_and_completing_one_makes_room()
    {
        await using var server = await WebSocketTestServer.StartAsync(
            new Dictionary<string, string?> { ["MaxMessageBytes"] = "2048", ["MaxOperationBytesInFlight"] = "2048" });
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(server.GraphQLUri);
        var padding = new string('x', 1200);
        await client.SendAsync($$$$"""{"id":"a","type":"subscribe","payload":{"query":"subscription { heartbeat(intervalMs: 60000) }","extensions":{"pad":"{{{{padding}}}}"}}}""");

        await client.SendAsync($$$$"""{"id":"b","type":"subscribe","payload":{"query":"subscription { ticks(count: 1) }","extensions":{"pad":"{{{{padding}}}}"}}}""");
        Assert.Equal(
            """{"type":"error","id":"b","payload":[{"message":"This connection\u0027s running operations already hold 2048 bytes of requests, the most they may; complete one before starting another.","extensions":{"code":"TOO_MANY_OPERATIONS"}}]}""",
            await client.ReceiveAsync());

        await client.SendAsync("""{"id":"a","type":"complete"}""");
        await client.SendAsync($$$$"""{"id":"b","type":"subscribe","payload":{"query":"subscription { ticks(count: 1) }","extensions":{"pad":"{{{{padding}}}}"}}}""");
        Assert.Equal("""{"type":"next","id":"b","payload":{"data":{"ticks":1}}}""", await client.ReceiveAsync());
        Assert.Equal("""{"type":"complete","id":"b"}""", await client.ReceiveAsync());
    }

    [Fact]
    public async Task Bytes_in_flight_below_the_largest_message_stop_the_host_at_start()
    {
        var failure = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() =>
            WebSocketTestServer.StartAsync(new Dictionary<string, string?> { ["MaxMessageBytes"] = "4096", ["MaxOperationBytesInFlight"] = "1024" }));

        Assert.Equal("GraphQL:WebSockets:MaxOperationBytesInFlight must be at least MaxMessageBytes (the largest subscribe must fit).", failure.Message);
    }

    [Fact]
    public async Task A_limit_that_is_not_positive_stops_the_host_at_start()
    {
        var failure = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() =>
            WebSocketTestServer.StartAsync(new Dictionary<string, string?> { ["MaxOperationsPerConnection"] = "0" }));

        Assert.Equal("GraphQL:WebSockets:MaxOperationsPerConnection must be positive.", failure.Message);
    }
}
