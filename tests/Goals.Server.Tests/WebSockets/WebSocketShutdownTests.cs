namespace Goals.Server.Tests.WebSockets;

public sealed class WebSocketShutdownTests
{
    [Fact]
    public async Task Application_shutdown_closes_every_socket_with_1001_after_flushing_messages()
    {
        var server = await WebSocketTestServer.StartAsync();
        await using var streaming = await WebSocketTestClient.ConnectAndInitAsync(server.GraphQLUri);
        await using var idle = await WebSocketTestClient.ConnectAndInitAsync(server.GraphQLUri);
        await streaming.SendAsync("""{"id":"hb","type":"subscribe","payload":{"query":"subscription { heartbeat(intervalMs: 20) }"}}""");
        Assert.Equal("""{"type":"next","id":"hb","payload":{"data":{"heartbeat":1}}}""", await streaming.ReceiveAsync());

        var stopping = server.DisposeAsync().AsTask();
        var (messages, close) = await streaming.ReceiveUntilCloseAsync();
        var idleClose = await idle.ReceiveCloseAsync();
        await stopping.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("1001 Server shutting down", close);
        Assert.Equal("1001 Server shutting down", idleClose);
        // Every message queued before the close frame arrives whole and in order.
        var beats = messages.Select(message => int.Parse(message.Split("\"heartbeat\":")[1].TrimEnd('}'), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Enumerable.Range(2, messages.Count), beats);
    }
}
