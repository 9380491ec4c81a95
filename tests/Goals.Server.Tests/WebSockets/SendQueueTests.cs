using System.Globalization;
using Microsoft.Extensions.DependencyInjection;

namespace Goals.Server.Tests.WebSockets;

/// <summary>The send queue is bounded: a client that does not read is closed with 4413, one that reads gets everything.</summary>
public sealed class SendQueueTests
{
    private const string SlowClientClose = "4413 Send queue full: the client is not reading";

    [Fact]
    public async Task Unbounded_send_queue_a_subscriber_that_never_reads_is_closed_with_4413_once_its_queue_is_full()
    {
        await using var server = await WebSocketTestServer.StartAsync(new Dictionary<string, string?>
        {
            ["MaxQueuedBytes"] = "262144",
            ["SlowClientGracePeriod"] = "00:10:00",
        });
        var probe = server.Services.GetRequiredService<StreamProbe>();
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(server.GraphQLUri);

        // An endless stream of 64 KB events that the client does not read: the socket's buffers fill, then the queue.
        await client.SendAsync("""{"id":"p","type":"subscribe","payload":{"query":"subscription { padded(kilobytes: 64, count: 0, intervalMs: 2) }"}}""");
        await probe.FirstDisposal.WaitAsync(TimeSpan.FromSeconds(60));
        var (messages, close) = await client.ReceiveUntilCloseAsync();

        Assert.Equal(SlowClientClose, close);
        // What arrives is the unbroken beginning of the stream: the dropped messages are the queued tail.
        Assert.Equal(Enumerable.Range(1, messages.Count), messages.Select(EventNumber));
        Assert.Contains(server.Logs.Entries, entry => entry.Message.StartsWith("WebSocket closed with 4413", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unbounded_send_queue_a_client_that_reads_nothing_for_the_grace_period_is_closed_with_4413()
    {
        // The queue could hold everything: only the grace period can end this socket.
        await using var server = await WebSocketTestServer.StartAsync(new Dictionary<string, string?>
        {
            ["MaxQueuedBytes"] = "67108864",
            ["SlowClientGracePeriod"] = "00:00:00.500",
        });
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(server.GraphQLUri);

        // 300 events of 64 KB (19 MB) at once: more than the connection's buffers take while nobody reads.
        await client.SendAsync("""{"id":"p","type":"subscribe","payload":{"query":"subscription { padded(kilobytes: 64, count: 300, intervalMs: 0) }"}}""");
        await WaitForLogAsync(server, "WebSocket closed with 4413");
        var (messages, close) = await client.ReceiveUntilCloseAsync();

        Assert.Equal(SlowClientClose, close);
        Assert.InRange(messages.Count, 1, 299);
        Assert.Equal(Enumerable.Range(1, messages.Count), messages.Select(EventNumber));
    }

    [Fact]
    public async Task A_client_that_reads_receives_every_event_and_a_result_larger_than_the_byte_bound()
    {
        await using var server = await WebSocketTestServer.StartAsync(new Dictionary<string, string?> { ["MaxQueuedBytes"] = "131072" });
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(server.GraphQLUri);

        await client.SendAsync("""{"id":"big","type":"subscribe","payload":{"query":"subscription { padded(kilobytes: 512, count: 1, intervalMs: 0) }"}}""");
        var big = await client.ReceiveAsync();
        Assert.Equal("""{"type":"complete","id":"big"}""", await client.ReceiveAsync());
        // Eight times the byte bound in all, paced so that a reading client keeps up.
        await client.SendAsync("""{"id":"many","type":"subscribe","payload":{"query":"subscription { padded(kilobytes: 16, count: 64, intervalMs: 10) }"}}""");
        var events = new List<string>();
        for (var i = 0; i < 64; i++)
            events.Add(await client.ReceiveAsync());

        Assert.Equal(1, EventNumber(big));
        Assert.True(big.Length > 512 * 1024);
        Assert.Equal(Enumerable.Range(1, 64), events.Select(EventNumber));
        Assert.Equal("""{"type":"complete","id":"many"}""", await client.ReceiveAsync());
        Assert.Null(client.CloseStatus);
    }

    [Theory]
    [InlineData("MaxQueuedMessages", "0", "GraphQL:WebSockets:MaxQueuedMessages must be positive.")]
    [InlineData("MaxQueuedBytes", "0", "GraphQL:WebSockets:MaxQueuedBytes must be positive.")]
    [InlineData("SlowClientGracePeriod", "00:00:00", "GraphQL:WebSockets:SlowClientGracePeriod must be positive and at most an hour.")]
    [InlineData("SlowClientGracePeriod", "1.00:00:00", "GraphQL:WebSockets:SlowClientGracePeriod must be positive and at most an hour.")]
    public async Task Send_queue_bounds_out_of_range_stop_the_host_at_start(string setting, string value, string message)
    {
        var failure = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() =>
            WebSocketTestServer.StartAsync(new Dictionary<string, string?> { [setting] = value }));

        Assert.Equal(message, failure.Message);
    }

    private static int EventNumber(string message)
    {
        const string prefix = "{\"type\":\"next\",\"id\":\"";
        Assert.StartsWith(prefix, message, StringComparison.Ordinal);
        var value = message.Split("\"padded\":\"")[1];
        return int.Parse(value[..value.IndexOf(':', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
    }

    private static async Task WaitForLogAsync(TestHost.TestServer server, string start)
    {
        for (var attempt = 0; attempt < 400; attempt++)
        {
            if (server.Logs.Entries.Any(entry => entry.Message.StartsWith(start, StringComparison.Ordinal)))
                return;
            await Task.Delay(25);
        }

        Assert.Fail($"No log entry starting with '{start}'.");
    }
}
