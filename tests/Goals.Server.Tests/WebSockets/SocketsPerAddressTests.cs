using System.Net.WebSockets;
using Goals.Server.Tests.TestHost;
using Goals.Server.Tests.WebSockets.Connections;

namespace Goals.Server.Tests.WebSockets;

/// <summary>
/// One client address holds at most <c>MaxSocketsPerAddress</c> sockets (2 here): one more is refused with 429,
/// and a closed socket gives its place back, whichever way the upgrades came.
/// </summary>
public sealed class SocketsPerAddressTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_address_holding_its_most_sockets_is_refused_with_429_until_one_closes(bool fromTheConnection)
    {
        await using var server = await StartAsync(fromTheConnection);
        var first = await WebSocketTestClient.ConnectAndInitAsync(server.GraphQLUri);
        await using var second = await WebSocketTestClient.ConnectAndInitAsync(server.GraphQLUri);

        var refused = await Assert.ThrowsAsync<WebSocketException>(() => WebSocketTestClient.ConnectAndInitAsync(server.GraphQLUri));
        var refusals = server.Logs.Entries.Count(entry => entry.Message.Contains("holds 2 sockets already", StringComparison.Ordinal));
        await first.CloseAsync();
        await first.DisposeAsync();
        await using var third = await ConnectWhenFreedAsync(server.GraphQLUri);

        Assert.Contains("429", refused.Message, StringComparison.Ordinal);
        Assert.Equal(WebSocketState.Open, third.State);
        Assert.Equal(1, refusals); // one line per refused upgrade, whichever path saw it first
    }

    [Fact]
    public async Task Refused_and_dropped_handshakes_leave_no_place_taken()
    {
        await using var server = await StartAsync(fromTheConnection: true);
        for (var i = 0; i < 5; i++)
        {
            // A client that completes the handshake and drops the connection without a close frame.
            await using var dropped = await RawUpgrade.SendAsync(server.BaseAddress, RawUpgrade.Head(server.BaseAddress));
        }

        await using var first = await ConnectWhenFreedAsync(server.GraphQLUri);
        await using var second = await ConnectWhenFreedAsync(server.GraphQLUri);

        Assert.Equal(WebSocketState.Open, second.State);
    }

    // The server gives a place back once it has seen the close: a few retries cover that moment.
    private static async Task<WebSocketTestClient> ConnectWhenFreedAsync(Uri graphQLUri)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await WebSocketTestClient.ConnectAndInitAsync(graphQLUri);
            }
            catch (WebSocketException refused) when (attempt < 50 && refused.Message.Contains("429", StringComparison.Ordinal))
            {
                await Task.Delay(100);
            }
        }
    }

    private static Task<TestServer> StartAsync(bool fromTheConnection) => WebSocketTestServer.StartAsync(
        new Dictionary<string, string?> { ["MaxSocketsPerAddress"] = "2" }, connectionUpgrades: fromTheConnection);
}
