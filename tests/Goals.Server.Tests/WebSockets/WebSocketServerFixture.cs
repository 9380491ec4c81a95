using Goals.Server.Tests.TestHost;

namespace Goals.Server.Tests.WebSockets;

/// <summary>One server shared by the tests of a class that need no special settings.</summary>
public sealed class WebSocketServerFixture : IAsyncLifetime
{
    private TestServer? _server;

    public TestServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    public async Task InitializeAsync() => _server = await WebSocketTestServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
            await _server.DisposeAsync();
    }
}
