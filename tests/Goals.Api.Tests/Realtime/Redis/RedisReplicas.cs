using Goals.Api.Infrastructure.Events;
using Goals.Api.Infrastructure.Redis;
using Goals.Api.Tests.Support;
using Goals.Api.Users;
using Goals.Storage.Abstractions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Serilog.Core;
using StackExchange.Redis;

namespace Goals.Api.Tests.Realtime.Redis;

/// <summary>
/// Two replicas of the real host sharing one SQLite file and one real redis-server, as in a deployment with two pods.
/// </summary>
public sealed class RedisReplicas : IAsyncLifetime, IDisposable
{
    private readonly string _database = Directory.CreateTempSubdirectory("goals-replicas-").FullName;

    public RedisServer Redis { get; } = new();

    public WebApplicationFactory<Program> A { get; private set; } = null!;

    public WebApplicationFactory<Program> B { get; private set; } = null!;

    public CapturedLog LogA { get; } = new();

    public CapturedLog LogB { get; } = new();

    public RedisEventBus BusA => A.Services.EventBus<RedisEventBus>();

    public RedisEventBus BusB => B.Services.EventBus<RedisEventBus>();

    public INotificationStore InboxA => A.Services.GetRequiredService<INotificationStore>();

    public INotificationStore InboxB => B.Services.GetRequiredService<INotificationStore>();

    public async Task InitializeAsync()
    {
        if (!RedisServer.IsInstalled)
        {
            return;
        }

        await Redis.StartAsync();
        // One after the other: the first start creates the shared database.
        A = Replica(LogA);
        _ = BusA;
        B = Replica(LogB);
        _ = BusB;
    }

    public string TokenFor(string userId) =>
        new DevTokenIssuer(A.Services.GetRequiredService<IOptions<AuthOptions>>().Value, TimeProvider.System).Issue(userId);

    public async Task<TransportWsClient> NotificationsOnAAsync(string userId)
    {
        var socket = await TransportWsClient.ConnectAsync(A, TokenFor(userId));
        Assert.Equal("connection_ack", (await socket.ReceiveAsync())["type"]!.GetValue<string>());
        await socket.SubscribeAsync("n", "subscription { onNotification { message sequence } }");
        return socket;
    }

    public Task WaitForSubscribersOnAAsync(IEnumerable<string> userIds) =>
        Eventually.TrueAsync(() => userIds.All(user => BusA.ObserverCount(Topics.User(user)) > 0), "subscriptions never reached replica A's bus");

    /// <summary>Both replicas connected and both pattern subscriptions re-established on the server.</summary>
    public async Task WaitForFanOutAsync()
    {
        await Eventually.TrueAsync(() => BusA.IsConnected && BusB.IsConnected, "the replicas never reconnected to Redis");
        using var probe = await ConnectionMultiplexer.ConnectAsync($"{Redis.ConnectionString},allowAdmin=true");
        var server = probe.GetServer(probe.GetEndPoints()[0]);
        // PUBSUB NUMPAT counts distinct patterns, and both replicas use the same one: count the clients instead.
        await Eventually.TrueAsync(async () => (await server.ClientListAsync()).Count(client => client.PatternSubscriptionCount > 0) == 2,
            "the replicas never re-subscribed to their channel pattern");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        A?.Dispose();
        B?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_database, recursive: true);
        Redis.Dispose();
    }

    private ReplicaHost Replica(CapturedLog log) => new(_database, Redis.ConnectionString, log);

    /// <summary>One replica: the real host on its own loopback port, on the shared database and Redis.</summary>
    private sealed class ReplicaHost(string database, string redis, CapturedLog log) : GoalsApiFactory(realSockets: true, database)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ConnectionStrings:Redis", redis);
            builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(log));
        }
    }
}
