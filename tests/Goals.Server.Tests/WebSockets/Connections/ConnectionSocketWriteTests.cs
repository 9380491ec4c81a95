using System.Net;
using Goals.Server.Hosting;
using Goals.Server.Tests.TestHost;
using Microsoft.AspNetCore.Hosting;

namespace Goals.Server.Tests.WebSockets.Connections;

/// <summary>
/// A socket served from a plain TCP connection writes its frames to the socket itself (ADR 0172); behind TLS it
/// writes through the connection's encrypted pipe.
/// </summary>
public sealed class ConnectionSocketWriteTests
{
    [Fact]
    public async Task Messages_larger_than_the_kernel_buffers_reach_a_reader_that_starts_late_whole_and_in_order()
    {
        // A queue that holds all three: only the socket's sends are under test.
        await using var server = await WebSocketTestServer.StartAsync(new Dictionary<string, string?> { ["MaxQueuedBytes"] = "16777216" });
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(server.GraphQLUri);

        // Three 2 MB events at once, while the client reads nothing: the socket's sends stop part-way until it reads.
        await client.SendAsync("""{"id":"big","type":"subscribe","payload":{"query":"subscription { padded(kilobytes: 2048, count: 3, intervalMs: 0) }"}}""");
        await Task.Delay(500);
        var messages = new List<string>();
        for (var received = 0; received < 3; received++)
            messages.Add(await client.ReceiveAsync());

        Assert.Equal("""{"type":"complete","id":"big"}""", await client.ReceiveAsync());
        for (var number = 1; number <= 3; number++)
        {
            var expected = "{\"type\":\"next\",\"id\":\"big\",\"payload\":{\"data\":{\"padded\":\"" + $"{number}:{new string('x', 2048 * 1024)}" + "\"}}}";
            Assert.True(expected == messages[number - 1], $"event {number} arrived altered ({messages[number - 1].Length} characters)");
        }
    }

    [Fact]
    public async Task Behind_tls_the_frames_go_through_the_encrypted_connection()
    {
        using var certificate = TestCertificate.Create();
        PipelineUpgradeProbe? probe = null;
        await using var server = await WebSocketTestServer.StartAsync(
            services: collection => probe = PipelineUpgradeProbe.AddTo(collection),
            connectionUpgrades: false,
            endpoints: kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
            {
                // Upgrades served after the TLS handshake: the transport the socket gets is the decrypted one.
                listen.UseHttps(certificate);
                listen.UseGraphQLWebSocketConnections("/graphql");
            }));
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(server.GraphQLUri);

        await client.SendAsync("""{"id":"1","type":"subscribe","payload":{"query":"{ echo(message: \"over tls\") }"}}""");

        Assert.Equal("https", server.BaseAddress.Scheme);
        Assert.Equal("""{"type":"next","id":"1","payload":{"data":{"echo":"over tls"}}}""", await client.ReceiveAsync());
        Assert.Equal(0, probe!.Upgrades);
    }
}
