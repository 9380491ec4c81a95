using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Goals.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Xunit.Abstractions;

namespace Goals.Api.Tests.Infrastructure;

/// <summary>The real host on <c>Storage:Provider=MongoDb</c>, pointed at a loopback port where nothing listens.</summary>
public sealed class UnreachableMongoReadinessTests(ITestOutputHelper output) : IDisposable
{
    private readonly GoalsApiFactory _factory = new();

    [Fact]
    public async Task A_refused_mongodb_connection_leaves_the_replica_live_but_not_ready_naming_the_server()
    {
        var port = ClosedLoopbackPort();
        var started = Stopwatch.StartNew();
        using var host = _factory.WithWebHostBuilder(builder => builder
            .UseSetting("Storage:Provider", "MongoDb")
            .UseSetting("ConnectionStrings:MongoDb", $"mongodb://127.0.0.1:{port}/goals?serverSelectionTimeoutMS=1000"));
        using var client = host.CreateClient();

        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var answeredAfter = started.Elapsed;
        using var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
        output.WriteLine($"/health/ready answered {answeredAfter.TotalSeconds:0.00} s after the host was asked to start");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(
            "Unhealthy\nstorage: MongoDB database 'goals' is not usable: no server answered within 1 s "
            + $"(127.0.0.1:{port}: Connection refused)",
            await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    public void Dispose() => _factory.Dispose();

    /// <summary>A port that was just free: binding and releasing it leaves a port whose connections are refused.</summary>
    private static int ClosedLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
