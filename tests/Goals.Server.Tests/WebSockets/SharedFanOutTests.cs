using static Goals.Server.Tests.WebSockets.SharedSubscriptionSockets;

namespace Goals.Server.Tests.WebSockets;

/// <summary>
/// A shared execution with hundreds of members: each member gets its own id's exact frame, in order; and one user's
/// distinct subscriptions (none shareable) cannot grow the sharing registry past the per-socket limits, and leave it
/// with their sockets.
/// </summary>
public sealed class SharedFanOutTests
{
    private const int Sockets = 8;
    private const int OperationsPerSocket = 100; // the default most a connection may run

    [Fact]
    public async Task Hundreds_of_members_of_one_execution_get_every_event_in_order_with_their_own_ids()
    {
        await using var server = await WebSocketTestServer.StartAsync();
        var (pulse, shared) = (server.Pulse(), server.Shared());
        var sockets = await OpenAsync(server);
        try
        {
            // Every socket uses the same ids, so members of different sockets share a composed frame.
            foreach (var socket in sockets)
                await SendAllAsync(socket, id => Subscribe(id, "t"));
            await Eventually(() => shared.Members == Sockets * OperationsPerSocket);

            foreach (var value in new[] { "1", "2", "3" })
                pulse.Publish("t", value);

            Assert.Equal(1, shared.Executions);
            foreach (var socket in sockets)
            {
                var received = new List<string>();
                for (var i = 0; i < 3 * OperationsPerSocket; i++)
                    received.Add(await socket.ReceiveAsync());
                foreach (var id in Ids())
                    Assert.Equal(new[] { "1", "2", "3" }.Select(value => Next(id, value)), received.Where(message => message.Contains($"\"id\":\"{id}\"", StringComparison.Ordinal)));
            }
        }
        finally
        {
            foreach (var socket in sockets)
                await socket.DisposeAsync();
        }
    }

    [Fact]
    public async Task One_users_distinct_subscriptions_on_many_sockets_stay_within_the_per_socket_limit_and_leave_with_them()
    {
        await using var server = await WebSocketTestServer.StartAsync();
        var shared = server.Shared();
        var sockets = await OpenAsync(server);

        // Every subscription differs (its topic variable), so none shares: each is an execution of its own.
        for (var s = 0; s < Sockets; s++)
            await SendAllAsync(sockets[s], id => SubscribeWithVariables(id, $$"""{"topic":"s{{s}}-{{id}}"}"""));
        await Eventually(() => shared.Executions == Sockets * OperationsPerSocket);
        // One more on a full socket is refused and does not reach the registry.
        await sockets[0].SendAsync(SubscribeWithVariables("over", """{"topic":"over"}"""));
        Assert.Contains("\"id\":\"over\"", await sockets[0].ReceiveAsync(), StringComparison.Ordinal);
        Assert.Equal((Sockets * OperationsPerSocket, Sockets * OperationsPerSocket), (shared.Executions, shared.Members));

        foreach (var socket in sockets)
            await socket.DisposeAsync();
        await Eventually(() => shared.Executions == 0 && shared.Members == 0, "closed sockets left entries in the registry");
    }

    private static async Task<WebSocketTestClient[]> OpenAsync(TestHost.TestServer server)
    {
        var sockets = new WebSocketTestClient[Sockets];
        for (var i = 0; i < Sockets; i++)
            sockets[i] = await SignedInAsync(server, "ann");
        return sockets;
    }

    private static IEnumerable<string> Ids() => Enumerable.Range(0, OperationsPerSocket).Select(i => $"k{i}");

    private static async Task SendAllAsync(WebSocketTestClient socket, Func<string, string> subscribe)
    {
        foreach (var id in Ids())
            await socket.SendAsync(subscribe(id));
    }
}
