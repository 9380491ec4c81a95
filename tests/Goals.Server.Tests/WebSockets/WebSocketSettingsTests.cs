using Goals.Server.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace Goals.Server.Tests.WebSockets;

/// <summary>Behaviour that needs its own server settings: timeouts, keep-alive, size limit, faults, stream disposal.</summary>
public sealed class WebSocketSettingsTests
{
    [Fact]
    public async Task No_connection_init_within_the_timeout_is_closed_with_4408()
    {
        await using var server = await WebSocketTestServer.StartAsync(new Dictionary<string, string?> { ["ConnectionInitWaitTimeout"] = "00:00:00.300" });
        await using var client = await WebSocketTestClient.ConnectAsync(server.GraphQLUri, "graphql-transport-ws");

        Assert.Equal("4408 Connection initialisation timeout", await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Connection_init_in_time_cancels_the_timeout()
    {
        // A second leaves room for connecting and initialising on a busy machine; the silence outlasts the timeout.
        await using var server = await WebSocketTestServer.StartAsync(new Dictionary<string, string?> { ["ConnectionInitWaitTimeout"] = "00:00:01" });
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(server.GraphQLUri);

        Assert.True(await client.StaysSilentAsync(TimeSpan.FromMilliseconds(1500)));
    }

    [Fact]
    public async Task Server_sends_keep_alive_pings_on_the_configured_interval()
    {
        await using var server = await WebSocketTestServer.StartAsync(new Dictionary<string, string?> { ["KeepAliveInterval"] = "00:00:00.100" });
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(server.GraphQLUri);

        Assert.Equal("""{"type":"ping"}""", await client.ReceiveAsync(TimeSpan.FromSeconds(2)));
        Assert.Equal("""{"type":"ping"}""", await client.ReceiveAsync(TimeSpan.FromSeconds(2)));
    }

    [Fact]
    public async Task Message_over_the_size_limit_is_closed_with_1009()
    {
        await using var server = await WebSocketTestServer.StartAsync(new Dictionary<string, string?> { ["MaxMessageBytes"] = "1024" });
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(server.GraphQLUri);
        await client.SendAsync($$$"""{"type":"ping","payload":{"pad":"{{{new string('x', 2000)}}}"}}""");

        Assert.Equal("1009 Message too big", await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Unexpected_server_fault_is_closed_with_4500()
    {
        await using var server = await WebSocketTestServer.StartAsync(
            services: services => services.AddSingleton<IGraphQLRequestExecutor, AlwaysFailingExecutor>());
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(server.GraphQLUri);
        await client.SendAsync("""{"id":"1","type":"subscribe","payload":{"query":"{ echo(message: \"x\") }"}}""");

        Assert.Equal("4500 Internal server error", await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Client_complete_disposes_the_event_stream_and_stops_next_messages()
    {
        await using var server = await WebSocketTestServer.StartAsync();
        var probe = server.Services.GetRequiredService<StreamProbe>();
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(server.GraphQLUri);
        await client.SendAsync("""{"id":"hb","type":"subscribe","payload":{"query":"subscription { heartbeat(intervalMs: 30) }"}}""");
        Assert.Equal("""{"type":"next","id":"hb","payload":{"data":{"heartbeat":1}}}""", await client.ReceiveAsync());

        await client.SendAsync("""{"id":"hb","type":"complete"}""");
        await probe.FirstDisposal.WaitAsync(TimeSpan.FromSeconds(5));
        await client.SendAsync("""{"type":"ping"}""");
        string message;
        while ((message = await client.ReceiveAsync()) != """{"type":"pong"}""")
            Assert.StartsWith("""{"type":"next","id":"hb","payload":{"data":{"heartbeat":""", message);

        Assert.Equal(1, probe.Disposals);
        Assert.True(await client.StaysSilentAsync(TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task Closing_the_socket_disposes_running_event_streams()
    {
        await using var server = await WebSocketTestServer.StartAsync();
        var probe = server.Services.GetRequiredService<StreamProbe>();
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(server.GraphQLUri);
        await client.SendAsync("""{"id":"hb","type":"subscribe","payload":{"query":"subscription { heartbeat(intervalMs: 30) }"}}""");
        Assert.Equal("""{"type":"next","id":"hb","payload":{"data":{"heartbeat":1}}}""", await client.ReceiveAsync());

        await client.CloseAsync();
        await probe.FirstDisposal.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(1, probe.Disposals);
    }

    [Fact]
    public async Task Invalid_settings_stop_the_host_at_start()
    {
        var failure = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() =>
            WebSocketTestServer.StartAsync(new Dictionary<string, string?> { ["MaxMessageBytes"] = "0" }));

        Assert.Equal("GraphQL:WebSockets:MaxMessageBytes must be positive.", failure.Message);
    }
}
