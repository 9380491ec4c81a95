using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Goals.Server.Tests.WebSockets;

/// <summary>
/// Keep-alives are spread over the interval: each socket pings once per interval, in a slot of its own, instead of
/// every socket at the same tick.
/// </summary>
public sealed class KeepAliveSpreadTests
{
    private static readonly TimeSpan Silence = TimeSpan.FromMilliseconds(300);

    [Fact]
    public async Task Four_sockets_with_a_four_tick_interval_ping_one_per_tick_and_each_once()
    {
        // The shortest timeout (the close handshake's 5 s) makes a one-second tick; the interval is four of them.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var server = await WebSocketTestServer.StartAsync(
            new Dictionary<string, string?> { ["KeepAliveInterval"] = "00:00:04" },
            services => services.AddSingleton<TimeProvider>(clock));
        var clients = new List<WebSocketTestClient>();
        for (var i = 0; i < 4; i++)
            clients.Add(await WebSocketTestClient.ConnectAndInitAsync(server.GraphQLUri));

        var pingsPerSocket = new int[clients.Count];
        var listening = clients.Select((client, i) => CountPingsAsync(client, () => Interlocked.Increment(ref pingsPerSocket[i]))).ToList();
        var pingsPerTick = new List<int>();
        for (var tick = 0; tick < 4; tick++)
        {
            var before = pingsPerSocket.Sum();
            clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(Silence);
            pingsPerTick.Add(pingsPerSocket.Sum() - before);
        }

        Assert.Equal([1, 1, 1, 1], pingsPerTick);
        Assert.Equal([1, 1, 1, 1], pingsPerSocket);
        foreach (var client in clients)
            await client.DisposeAsync();
        await Task.WhenAll(listening);
    }

    // Receives until the socket goes away, counting the server's pings.
    private static async Task CountPingsAsync(WebSocketTestClient client, Action pinged)
    {
        try
        {
            while (true)
            {
                if (await client.ReceiveAsync(TimeSpan.FromMinutes(1)) == """{"type":"ping"}""")
                    pinged();
            }
        }
        catch (Exception e) when (e is System.Net.WebSockets.WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
        }
    }
}
