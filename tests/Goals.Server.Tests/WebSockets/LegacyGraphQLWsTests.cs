namespace Goals.Server.Tests.WebSockets;

public sealed class LegacyGraphQLWsTests(WebSocketServerFixture fixture) : IClassFixture<WebSocketServerFixture>
{
    private Uri Endpoint => fixture.Server.GraphQLUri;

    [Fact]
    public async Task Legacy_client_gets_ack_keep_alive_data_and_complete()
    {
        await using var client = await WebSocketTestClient.ConnectAsync(Endpoint, "graphql-ws");
        await client.SendAsync("""{"type":"connection_init","payload":{}}""");
        Assert.Equal("graphql-ws", client.SubProtocol);
        Assert.Equal("""{"type":"connection_ack"}""", await client.ReceiveAsync());
        Assert.Equal("""{"type":"ka"}""", await client.ReceiveAsync());

        await client.SendAsync("""{"id":"1","type":"start","payload":{"query":"subscription { ticks(count: 2) }"}}""");

        Assert.Equal("""{"type":"data","id":"1","payload":{"data":{"ticks":1}}}""", await client.ReceiveAsync());
        Assert.Equal("""{"type":"data","id":"1","payload":{"data":{"ticks":2}}}""", await client.ReceiveAsync());
        Assert.Equal("""{"type":"complete","id":"1"}""", await client.ReceiveAsync());
    }

    [Fact]
    public async Task Legacy_stop_ends_the_subscription_and_terminate_closes_normally()
    {
        await using var client = await WebSocketTestClient.ConnectAsync(Endpoint, "graphql-ws");
        await client.SendAsync("""{"type":"connection_init"}""");
        Assert.Equal("""{"type":"connection_ack"}""", await client.ReceiveAsync());
        Assert.Equal("""{"type":"ka"}""", await client.ReceiveAsync());
        await client.SendAsync("""{"id":"hb","type":"start","payload":{"query":"subscription { heartbeat(intervalMs: 30) }"}}""");
        Assert.Equal("""{"type":"data","id":"hb","payload":{"data":{"heartbeat":1}}}""", await client.ReceiveAsync());

        await client.SendAsync("""{"id":"hb","type":"stop"}""");
        await client.SendAsync("""{"type":"connection_terminate"}""");

        var (messages, close) = await client.ReceiveUntilCloseAsync();
        Assert.Equal("1000 Normal Closure", close);
        Assert.All(messages, message => Assert.StartsWith("""{"type":"data","id":"hb","payload":{"data":{"heartbeat":""", message));
    }

    [Fact]
    public async Task Legacy_rejected_credentials_get_connection_error_then_4403()
    {
        await using var client = await WebSocketTestClient.ConnectAsync(Endpoint, "graphql-ws");
        await client.SendAsync("""{"type":"connection_init","payload":{"token":"wrong"}}""");

        var (messages, close) = await client.ReceiveUntilCloseAsync();
        Assert.Equal(["""{"type":"connection_error","payload":{"message":"Forbidden"}}"""], messages);
        Assert.Equal("4403 Forbidden", close);
    }

    [Fact]
    public async Task Legacy_validation_failure_is_an_error_message()
    {
        await using var client = await WebSocketTestClient.ConnectAsync(Endpoint, "graphql-ws");
        await client.SendAsync("""{"type":"connection_init"}""");
        Assert.Equal("""{"type":"connection_ack"}""", await client.ReceiveAsync());
        Assert.Equal("""{"type":"ka"}""", await client.ReceiveAsync());
        await client.SendAsync("""{"id":"2","type":"start","payload":{"query":"{ zzzUnknown }"}}""");

        Assert.Equal(
            """{"type":"error","id":"2","payload":[{"message":"Cannot query field \u0027zzzUnknown\u0027 on type \u0027Query\u0027.","locations":[{"line":1,"column":3}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}""",
            await client.ReceiveAsync());
    }

    [Fact]
    public async Task Graphql_transport_ws_is_preferred_when_a_client_offers_both()
    {
        await using var client = await WebSocketTestClient.ConnectAsync(Endpoint, "graphql-ws", "graphql-transport-ws");

        Assert.Equal("graphql-transport-ws", client.SubProtocol);
    }
}
