using Goals.Server.Hosting;
using Goals.Server.Relay;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Goals.Server.Tests.TestHost;

/// <summary>
/// The real Kestrel server on 127.0.0.1 with a free port, wired only through the server layer's public extension
/// methods, exactly as a host wires it; <c>endpoints</c> replaces the plain HTTP endpoint with the test's own.
/// </summary>
public sealed class TestServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestServer(WebApplication app, Uri baseAddress, TestLogSink logs)
    {
        _app = app;
        Logs = logs;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress };
    }

    public Uri BaseAddress { get; }

    /// <summary>The GraphQL endpoint, e.g. http://127.0.0.1:PORT/graphql.</summary>
    public Uri GraphQLUri => new(BaseAddress, "/graphql");

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public TestLogSink Logs { get; }

    public static async Task<TestServer> StartAsync(
        IDictionary<string, string?>? settings = null, string environment = "Production", Action<IServiceCollection>? services = null,
        bool useRateLimiter = true, bool branchUpgrades = false, bool connectionUpgrades = true,
        Action<KestrelServerOptions>? endpoints = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = environment });
        if (endpoints is null)
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        else
            builder.WebHost.ConfigureKestrel(endpoints);
        if (connectionUpgrades)
            builder.WebHost.UseGraphQLWebSocketConnections("/graphql");
        // Introspection and IDE on (IDE, audit); a test of a Production default sets "GraphQL:Introspection" or
        // "GraphQL:EnableIde" to null. Rate limiting off: the shared server answers every test from one loopback
        // address; its tests switch it on.
        var configuration = new Dictionary<string, string?>
        {
            ["GraphQL:Introspection"] = "true",
            ["GraphQL:EnableIde"] = "true",
            ["GraphQL:RateLimiting:Enabled"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            configuration[key] = value;
        builder.Configuration.AddInMemoryCollection(configuration);
        var logs = new TestLogSink();
        builder.Logging.ClearProviders().AddProvider(logs);
        builder.Services.AddSingleton<Library>();
        builder.Services.AddGoalsGraphQLServer<TestSchema>(builder.Configuration.GetSection("GraphQL"));
        builder.Services.AddNodeResolver<BookNodeResolver>();
        builder.Services.AddNodeResolver<AuthorNodeResolver>();
        services?.Invoke(builder.Services);

        var app = builder.Build();
        if (branchUpgrades)
            app.UseGraphQLWebSocketUpgrades("/graphql");
        app.UseWebSockets();
        if (useRateLimiter)
            app.UseRateLimiter();
        app.MapGraphQLServer("/graphql");
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TestServer(app, new Uri(address), logs);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
