using Goals.Server.Tests.TestHost;
using Goals.Server.WebSockets;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Goals.Server.Tests.WebSockets;

/// <summary>Starts the Kestrel test server with the WebSocket settings a test needs (keep-alive off unless asked).</summary>
public static class WebSocketTestServer
{
    public static Task<TestServer> StartAsync(
        IDictionary<string, string?>? webSocketSettings = null,
        Action<IServiceCollection>? services = null,
        IDictionary<string, string?>? serverSettings = null,
        bool branchUpgrades = false,
        bool connectionUpgrades = true,
        Action<KestrelServerOptions>? endpoints = null)
    {
        var settings = new Dictionary<string, string?> { ["KeepAliveInterval"] = "00:00:00" };
        foreach (var (key, value) in webSocketSettings ?? new Dictionary<string, string?>())
            settings[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return TestServer.StartAsync(serverSettings, branchUpgrades: branchUpgrades, connectionUpgrades: connectionUpgrades, endpoints: endpoints, services: collection =>
        {
            collection.AddGraphQLWebSockets(configuration);
            collection.AddSingleton<IWebSocketConnectionAuthenticator, TestAuthenticator>();
            collection.AddSingleton<StreamProbe>();
            collection.AddSingleton<TestPulse>();
            services?.Invoke(collection);
        });
    }
}
