using System.Net;
using System.Net.WebSockets;
using System.Text;
using Goals.Server.Tests.TestHost;
using Goals.Server.WebSockets;
using Microsoft.Extensions.DependencyInjection;

namespace Goals.Server.Tests.WebSockets.Connections;

/// <summary>
/// Plain upgrades on the GraphQL path are served from Kestrel's connection (ADR 0171) and never reach the HTTP
/// pipeline; every other upgrade goes on to the pipeline and is answered there as before.
/// </summary>
public sealed class ConnectionUpgradeTests
{
    [Fact]
    public async Task A_plain_upgrade_runs_operations_without_reaching_the_pipeline()
    {
        var (server, probe) = await StartAsync();
        await using var _ = server;
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(server.GraphQLUri);

        await client.SendAsync("""{"id":"1","type":"subscribe","payload":{"query":"{ echo(message: \"ws\") }"}}""");

        Assert.Equal("""{"type":"next","id":"1","payload":{"data":{"echo":"ws"}}}""", await client.ReceiveAsync());
        Assert.Equal(0, probe.Upgrades);
    }

    [Fact]
    public async Task Switched_off_every_upgrade_goes_through_the_pipeline()
    {
        var (server, probe) = await StartAsync(new() { ["UpgradeOnConnection"] = "false" });
        await using var _ = server;
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(server.GraphQLUri);

        Assert.Equal(1, probe.Upgrades);
    }

    [Fact]
    public async Task An_upgrade_with_credentials_or_a_head_over_the_limit_goes_through_the_pipeline_and_is_served()
    {
        var (server, probe) = await StartAsync();
        await using var _ = server;

        await using var bearer = await WebSocketTestClient.ConnectWithHeadersAsync(
            server.GraphQLUri, new() { ["Authorization"] = "Bearer anything" }, "graphql-transport-ws");
        await using var large = await WebSocketTestClient.ConnectWithHeadersAsync(
            server.GraphQLUri, new() { ["X-Padding"] = new string('x', 9_000) }, "graphql-transport-ws");

        Assert.Equal(HttpStatusCode.SwitchingProtocols, bearer.HandshakeStatus);
        Assert.Equal(HttpStatusCode.SwitchingProtocols, large.HandshakeStatus);
        Assert.Equal(2, probe.Upgrades);
    }

    [Fact]
    public async Task A_head_arriving_in_pieces_gets_the_rfc_accept_value_and_a_working_socket()
    {
        var (server, probe) = await StartAsync();
        await using var _ = server;
        await using var raw = await RawUpgrade.SendAsync(server.BaseAddress, RawUpgrade.Head(server.BaseAddress), pieces: 4);
        using var socket = raw.ClientSocket();

        await socket.SendAsync("""{"type":"connection_init"}"""u8.ToArray(), WebSocketMessageType.Text, true, CancellationToken.None);
        var buffer = new byte[256];
        var received = await socket.ReceiveAsync(buffer, new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token);

        Assert.StartsWith("HTTP/1.1 101 Switching Protocols\r\n", raw.ResponseHead, StringComparison.Ordinal);
        // RFC 6455, section 1.3: the sample key's accept value.
        Assert.Contains("Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n", raw.ResponseHead, StringComparison.Ordinal);
        Assert.Contains("Sec-WebSocket-Protocol: graphql-transport-ws\r\n", raw.ResponseHead, StringComparison.Ordinal);
        Assert.Equal("""{"type":"connection_ack"}""", Encoding.UTF8.GetString(buffer, 0, received.Count));
        Assert.Equal(0, probe.Upgrades);
    }

    [Fact]
    public async Task An_invalid_key_is_answered_400_by_the_pipeline()
    {
        var (server, probe) = await StartAsync();
        await using var _ = server;

        await using var raw = await RawUpgrade.SendAsync(server.BaseAddress, RawUpgrade.Head(server.BaseAddress, key: "too-short"));

        Assert.StartsWith("HTTP/1.1 400 ", raw.ResponseHead, StringComparison.Ordinal);
        Assert.Equal(1, probe.Upgrades);
    }

    [Fact]
    public async Task Sockets_from_the_connection_are_told_to_the_connection_listener()
    {
        var listener = new CountingListener();
        var (server, _) = await StartAsync(services: services => services.AddSingleton<IWebSocketConnectionListener>(listener));
        await using var __ = server;

        var client = await WebSocketTestClient.ConnectAndInitAsync(server.GraphQLUri);
        Assert.Equal((1, 0), (listener.Opened, listener.Closed));
        await client.CloseAsync();
        await client.DisposeAsync();

        for (var waited = 0; listener.Closed == 0 && waited < 100; waited++)
            await Task.Delay(50);
        Assert.Equal((1, 1), (listener.Opened, listener.Closed));
    }

    private static async Task<(TestServer Server, PipelineUpgradeProbe Probe)> StartAsync(
        Dictionary<string, string?>? webSocketSettings = null, Action<IServiceCollection>? services = null)
    {
        PipelineUpgradeProbe? probe = null;
        var server = await WebSocketTestServer.StartAsync(webSocketSettings, collection =>
        {
            probe = PipelineUpgradeProbe.AddTo(collection);
            services?.Invoke(collection);
        });
        return (server, probe!);
    }

    private sealed class CountingListener : IWebSocketConnectionListener
    {
        private int _opened;
        private int _closed;

        public int Opened => Volatile.Read(ref _opened);

        public int Closed => Volatile.Read(ref _closed);

        void IWebSocketConnectionListener.Opened() => Interlocked.Increment(ref _opened);

        void IWebSocketConnectionListener.Closed() => Interlocked.Increment(ref _closed);
    }
}
