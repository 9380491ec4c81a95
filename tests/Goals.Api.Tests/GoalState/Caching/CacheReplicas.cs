using Goals.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Goals.Api.Tests.GoalState.Caching;

/// <summary>
/// Two cached replicas (A and B) on one SQLite file and one real redis-server, and a third host on the same file with
/// the cache off: what the uncached host answers is the truth the replicas are held to.
/// </summary>
public sealed class CacheReplicas : IAsyncLifetime, IDisposable
{
    private readonly string _database = Directory.CreateTempSubdirectory("goals-cache-").FullName;

    public RedisServer Redis { get; } = new();

    public WebApplicationFactory<Program> A { get; private set; } = null!;

    public WebApplicationFactory<Program> B { get; private set; } = null!;

    public WebApplicationFactory<Program> Uncached { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!RedisServer.IsInstalled)
            return;
        await Redis.StartAsync();
        // One after the other: the first start creates the shared database.
        A = Start(new Host(_database, Redis.ConnectionString, cached: true));
        B = Start(new Host(_database, Redis.ConnectionString, cached: true));
        Uncached = Start(new Host(_database, redis: null, cached: false));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        A?.Dispose();
        B?.Dispose();
        Uncached?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_database, recursive: true);
        Redis.Dispose();
    }

    private static Host Start(Host host)
    {
        _ = host.Services;
        return host;
    }

    private sealed class Host(string database, string? redis, bool cached) : GoalsApiFactory(realSockets: true, database)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            if (redis is not null)
                builder.UseSetting("ConnectionStrings:Redis", redis);
            builder.UseSetting("Cache:Enabled", cached ? "true" : "false");
            // These tests are about what is shared, not about giving up on a slow Redis on a busy machine.
            builder.UseSetting("Cache:RedisTimeoutMilliseconds", "2000");
            // A thousand writes in a few seconds are the point of one test, not abuse.
            builder.UseSetting("GraphQL:RateLimiting:Enabled", "false");
        }
    }
}
