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
    public async Task A_limit_that_is_not_positive_stops_the_host_at_start()
    {
        var failure = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() =>
            WebSocketTestServer.StartAsync(new Dictionary<string, string?> { ["MaxOperationsPerConnection"] = "0" }));

        Assert.Equal("GraphQL:WebSockets:MaxOperationsPerConnection must be positive.", failure.Message);
    }
}
