namespace Goals.Server.Tests.WebSockets;

public sealed class GraphQLTransportWsCloseCodeTests(WebSocketServerFixture fixture) : IClassFixture<WebSocketServerFixture>
{
    private Uri Endpoint => fixture.Server.GraphQLUri;

    [Theory]
    [InlineData("graphql-transport-ws-2")]
    [InlineData("mqtt")]
    public async Task Unsupported_subprotocol_is_closed_with_4406(string subprotocol)
    {
        await using var client = await WebSocketTestClient.ConnectAsync(Endpoint, subprotocol);

        Assert.Null(client.SubProtocol);
        Assert.Equal("4406 Subprotocol not acceptable", await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Socket_without_subprotocol_is_closed_with_4406()
    {
        await using var client = await WebSocketTestClient.ConnectAsync(Endpoint);

        Assert.Equal("4406 Subprotocol not acceptable", await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Second_connection_init_is_closed_with_4429()
    {
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(Endpoint);
        await client.SendAsync("""{"type":"connection_init"}""");

        Assert.Equal("4429 Too many initialisation requests", await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Subscribe_before_connection_ack_is_closed_with_4401()
    {
        await using var client = await WebSocketTestClient.ConnectAsync(Endpoint, "graphql-transport-ws");
        await client.SendAsync("""{"id":"1","type":"subscribe","payload":{"query":"{ echo(message: \"x\") }"}}""");

        Assert.Equal("4401 Unauthorized", await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Rejected_credentials_are_closed_with_4403()
    {
        await using var client = await WebSocketTestClient.ConnectAsync(Endpoint, "graphql-transport-ws");
        await client.SendAsync("""{"type":"connection_init","payload":{"token":"wrong"}}""");

        Assert.Equal("4403 Forbidden", await client.ReceiveCloseAsync());
    }

    [Theory]
    [InlineData("not json at all", "4400 Invalid message received")]
    [InlineData("""["connection_init"]""", "4400 Invalid message received")]
    [InlineData("""{"payload":{}}""", "4400 Invalid message received")]
    [InlineData("""{"type":"next","id":"1","payload":{}}""", "4400 Unexpected message of type next received")]
    [InlineData("""{"type":"connection_init","payload":"token"}""", "4400 Invalid payload for connection_init: it must be an object")]
    [InlineData("""{"type":"ping","payload":[1]}""", "4400 Invalid payload for ping: it must be an object")]
    [InlineData("""{"type":"complete"}""", "4400 Invalid complete message: it needs an id")]
    [InlineData("""{"type":"connection_init","id":7}""", "4400 Invalid message received")]
    [InlineData("""{"type":"\ud800"}""", "4400 Invalid message received")] // a lone surrogate closed with 4500
    [InlineData("""{"id":"\ud800","type":"complete"}""", "4400 Invalid message received")]
    public async Task Invalid_message_is_closed_with_4400(string message, string expectedClose)
    {
        await using var client = await WebSocketTestClient.ConnectAsync(Endpoint, "graphql-transport-ws");
        await client.SendAsync(message);

        Assert.Equal(expectedClose, await client.ReceiveCloseAsync());
    }

    [Theory]
    [InlineData("""{"type":"subscribe","payload":{"query":"{ echo(message: \"x\") }"}}""")]
    [InlineData("""{"id":"","type":"subscribe","payload":{"query":"{ echo(message: \"x\") }"}}""")]
    [InlineData("""{"id":"1","type":"subscribe"}""")]
    [InlineData("""{"id":"1","type":"subscribe","payload":{"query":42}}""")]
    [InlineData("""{"id":"1","type":"subscribe","payload":{"query":"{ a }","variables":[1]}}""")]
    public async Task Invalid_subscribe_is_closed_with_4400(string message)
    {
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(Endpoint);
        await client.SendAsync(message);

        Assert.Equal("4400 Invalid subscribe message: it needs an id and a payload with a query", await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Binary_message_is_closed_with_4400()
    {
        await using var client = await WebSocketTestClient.ConnectAsync(Endpoint, "graphql-transport-ws");
        await client.SendBinaryAsync([1, 2, 3]);

        Assert.Equal("4400 Binary messages are not supported", await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Subscribe_with_an_id_in_use_is_closed_with_4409()
    {
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(Endpoint);
        await client.SendAsync("""{"id":"dup","type":"subscribe","payload":{"query":"subscription { heartbeat(intervalMs: 50) }"}}""");
        Assert.Equal("""{"type":"next","id":"dup","payload":{"data":{"heartbeat":1}}}""", await client.ReceiveAsync());
        await client.SendAsync("""{"id":"dup","type":"subscribe","payload":{"query":"subscription { ticks(count: 1) }"}}""");

        var (messages, close) = await client.ReceiveUntilCloseAsync();
        Assert.Equal("4409 Subscriber for dup already exists", close);
        Assert.All(messages, message => Assert.StartsWith("""{"type":"next","id":"dup","payload":{"data":{"heartbeat":""", message));
    }
}
