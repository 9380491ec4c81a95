namespace Goals.Server.Tests.WebSockets;

/// <summary>The protocol's ping and pong, unknown and reused ids, the accepted user, interleaved streams and the close.</summary>
public sealed partial class GraphQLTransportWsMessageTests
{
    [Fact]
    public async Task Ping_is_answered_with_pong_carrying_the_same_payload()
    {
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(Endpoint);
        await client.SendAsync("""{"type":"ping","payload":{"sent":42}}""");

        Assert.Equal("""{"type":"pong","payload":{"sent":42}}""", await client.ReceiveAsync());
    }

    [Fact]
    public async Task Ping_before_connection_init_is_answered_too()
    {
        await using var client = await WebSocketTestClient.ConnectAsync(Endpoint, "graphql-transport-ws");
        await client.SendAsync("""{"type":"ping"}""");

        Assert.Equal("""{"type":"pong"}""", await client.ReceiveAsync());
    }

    [Fact]
    public async Task Pong_from_the_client_is_accepted_silently()
    {
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(Endpoint);
        await client.SendAsync("""{"type":"pong","payload":{"n":1}}""");
        await client.SendAsync("""{"type":"ping","payload":{"n":2}}""");

        Assert.Equal("""{"type":"pong","payload":{"n":2}}""", await client.ReceiveAsync());
    }

    [Fact]
    public async Task Complete_for_an_unknown_id_is_ignored()
    {
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(Endpoint);
        await client.SendAsync("""{"id":"never-started","type":"complete"}""");
        await client.SendAsync("""{"type":"ping"}""");

        Assert.Equal("""{"type":"pong"}""", await client.ReceiveAsync());
    }

    [Fact]
    public async Task Operations_run_as_the_user_the_authenticator_accepted()
    {
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(Endpoint, """{"type":"connection_init","payload":{"user":"ada"}}""");
        await client.SendAsync("""{"id":"v","type":"subscribe","payload":{"query":"subscription { viewer }"}}""");

        Assert.Equal("""{"type":"next","id":"v","payload":{"data":{"viewer":"ada"}}}""", await client.ReceiveAsync());
        Assert.Equal("""{"type":"complete","id":"v"}""", await client.ReceiveAsync());
    }

    [Fact]
    public async Task A_finished_operation_id_can_be_used_again()
    {
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(Endpoint);
        foreach (var message in new[] { "one", "two" })
        {
            await client.SendAsync($$$"""{"id":"same","type":"subscribe","payload":{"query":"{ echo(message: \"{{{message}}}\") }"}}""");
            Assert.Equal($$$$"""{"type":"next","id":"same","payload":{"data":{"echo":"{{{{message}}}}"}}}""", await client.ReceiveAsync());
            Assert.Equal("""{"type":"complete","id":"same"}""", await client.ReceiveAsync());
        }
    }

    [Fact]
    public async Task Concurrent_streams_on_one_socket_arrive_as_whole_messages_in_order()
    {
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(Endpoint);
        const int Streams = 8;
        for (var i = 0; i < Streams; i++)
            await client.SendAsync($$$"""{"id":"c{{{i}}}","type":"subscribe","payload":{"query":"subscription { heartbeat(intervalMs: 1) }"}}""");

        var lastSeen = new int[Streams];
        for (var received = 0; received < 400; received++)
        {
            using var message = System.Text.Json.JsonDocument.Parse(await client.ReceiveAsync());
            var id = int.Parse(message.RootElement.GetProperty("id").GetString()![1..], System.Globalization.CultureInfo.InvariantCulture);
            var beat = message.RootElement.GetProperty("payload").GetProperty("data").GetProperty("heartbeat").GetInt32();
            Assert.Equal(lastSeen[id] + 1, beat);
            lastSeen[id] = beat;
        }
    }

    [Fact]
    public async Task Client_close_is_answered_with_the_same_code()
    {
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(Endpoint);
        await client.CloseAsync();

        Assert.Equal(System.Net.WebSockets.WebSocketState.Closed, client.State);
        Assert.Equal("1000 bye", client.CloseStatus);
    }
}
