using System.Net.WebSockets;
using System.Text;
using Goals.Server.Tests.TestHost;
using Microsoft.Extensions.Logging;

namespace Goals.Server.Tests.WebSockets;

/// <summary>
/// A message whose JSON holds text .NET cannot decode (an escaped surrogate without its pair) closed the socket
/// with 4500, as if the server had failed. graphql-ws closes with 4400 on a message it cannot accept; so does this
/// server, with a reason that names the parameter.
/// </summary>
public sealed class MalformedTextMessageTests(WebSocketServerFixture fixture) : IClassFixture<WebSocketServerFixture>
{
    private Uri Endpoint => fixture.Server.GraphQLUri;

    [Theory]
    [InlineData("""{"id":"1","type":"subscribe","payload":{"query":"\ud800"}}""", "query")]
    [InlineData("""{"id":"1","type":"subscribe","payload":{"query":"{ __typename }","operationName":"\udc00"}}""", "operationName")]
    [InlineData("""{"id":"1","type":"subscribe","payload":{"query":"{ __typename }","variables":{"a":"\ud800"}}}""", "variables")]
    [InlineData("""{"id":"1","type":"subscribe","payload":{"query":"{ __typename }","extensions":{"a":["\ud800"]}}}""", "extensions")]
    public async Task Lone_surrogate_in_a_subscribe_payload_closes_with_4400_not_4500(string message, string parameter)
    {
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(Endpoint);
        await client.SendAsync(message);

        Assert.Equal($"4400 Invalid message: The '{parameter}' parameter holds invalid UTF-8 or an unpaired surrogate.",
            await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Lone_surrogate_in_a_connection_init_payload_closes_with_4400_not_4500()
    {
        await using var client = await WebSocketTestClient.ConnectAsync(Endpoint, "graphql-transport-ws");
        await client.SendAsync("""{"type":"connection_init","payload":{"Authorization":"Bearer \ud800"}}""");

        Assert.Equal("4400 Invalid message: The 'payload' parameter holds invalid UTF-8 or an unpaired surrogate.",
            await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Invalid_utf8_in_a_text_message_closes_the_socket_without_a_server_fault()
    {
        await using var server = await WebSocketTestServer.StartAsync();
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(server.GraphQLUri);
        await client.SendTextBytesAsync([.. Encoding.UTF8.GetBytes("""{"id":"1","type":"subscribe","payload":{"query":"{ a"""), 0xFF, .. "}\"}}"u8]);

        // .NET's WebSocket checks text frames itself (RFC 6455): it sends 1007 and ends the connection, so the client
        // reads that close frame or, when the connection is gone first, a reset. Either way nothing failed inside.
        var close = await Record.ExceptionAsync(async () => Assert.Equal("1007 ", await client.ReceiveCloseAsync()));
        Assert.True(close is null or WebSocketException, close?.ToString());
        Assert.DoesNotContain(server.Logs.Entries, entry => entry.Level >= LogLevel.Error);
    }
}
