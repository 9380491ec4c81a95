using System.Text.Json.Nodes;
using Goals.Api.Tests.Support;

namespace Goals.Api.Tests.Realtime.Sockets;

/// <summary>
/// Clients that send operations and never read the answers: the host closes them with 4413 instead of queueing the
/// answers without end; the anonymous flood as reported no longer produces large answers at all.
/// </summary>
public sealed class SocketFloodTests(SocketHostFactory host) : IClassFixture<SocketHostFactory>
{
    [Fact]
    public async Task Unbounded_send_queue_anonymous_subscribes_of_conflicting_goal_fields_each_get_one_small_error()
    {
        // The reported flood: 20 anonymous subscribes of 443 conflicting goal fields (7 KB each). Each is now refused
        // before validation by the token limit, with one short error, so nothing large is ever queued.
        var query = "{" + string.Concat(Enumerable.Range(0, 443).Select(i => $"goal(id:{i}){{id}}")) + "}";
        await using var socket = await TransportWsClient.ConnectAsync(host, token: null);
        Assert.Equal("connection_ack", (await socket.ReceiveAsync())["type"]!.GetValue<string>());
        for (var i = 0; i < 20; i++)
            await socket.SubscribeAsync($"q{i}", query);

        for (var i = 0; i < 20; i++)
        {
            var message = await socket.ReceiveSkippingPingsAsync();
            Assert.Equal("error", message["type"]!.GetValue<string>());
            Assert.Equal("MAX_TOKENS_EXCEEDED", message["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
            Assert.True(message.ToJsonString().Length < 1024, message.ToJsonString());
        }
    }

    [Fact]
    public async Task Unbounded_send_queue_signed_in_subscribes_of_aliased_templates_never_read_are_closed_with_4413()
    {
        var query = "{" + string.Join(' ', Enumerable.Range(0, 15).Select(i =>
            $"t{i}: templates {{ id title description category pattern target unit period }}")) + "}";
        await using var socket = await TransportWsClient.ConnectAsync(host, host.TokenFor("flooder"));

        var close = await FloodAndReadAsync(socket, query, subscribes: 800);

        Assert.Equal(4413, close["code"]!.GetValue<int>());
    }

    /// <summary>Sends the subscribes without reading, waits for the host to give up, then reads up to the close.</summary>
    private async Task<JsonObject> FloodAndReadAsync(TransportWsClient socket, string query, int subscribes)
    {
        var before = host.Log.Count("WebSocket closed with 4413");
        for (var i = 0; i < subscribes; i++)
            await socket.SubscribeAsync($"q{i}", query);
        for (var attempt = 0; attempt < 1200 && host.Log.Count("WebSocket closed with 4413") == before; attempt++)
            await Task.Delay(25);

        while (true)
        {
            var message = await socket.ReceiveAsync();
            if (message["type"]!.GetValue<string>() == "closed")
                return message;
        }
    }
}
