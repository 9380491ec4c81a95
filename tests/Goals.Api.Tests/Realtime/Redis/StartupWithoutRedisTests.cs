using System.Net;
using Goals.Api.Infrastructure.Events;
using Goals.Api.Infrastructure.Redis;
using Goals.Api.Tests.Goals;
using Goals.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Goals.Api.Tests.Realtime.Redis;

public sealed class StartupWithoutRedisTests : IDisposable
{
    private readonly GoalsApiFactory _database = new();
    private readonly RedisServer _redis = new();

    [SkippableFact]
    public async Task A_replica_started_while_redis_is_down_serves_reports_degraded_and_joins_when_redis_appears()
    {
        RedisServer.Require();
        var replica = _database.WithWebHostBuilder(builder => builder.UseSetting("ConnectionStrings:Redis", _redis.ConnectionString));
        using var client = replica.SignedClient("early-bird");
        using var probe = replica.CreateClient();

        var goalId = await client.CreateIdAsync(new { title = "Works without Redis", pattern = "HABIT", target = 1 });
        var degraded = await probe.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var degradedBody = await degraded.Content.ReadAsStringAsync();
        await _redis.StartAsync();
        var bus = replica.Services.EventBus<RedisEventBus>();
        await Eventually.TrueAsync(() => bus.IsConnected, "the replica never connected once Redis appeared");
        var healthy = await probe.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.False(string.IsNullOrEmpty(goalId));
        Assert.Equal((HttpStatusCode.OK, "Degraded"), (degraded.StatusCode, degradedBody));
        Assert.Equal((HttpStatusCode.OK, "Healthy"), (healthy.StatusCode, await healthy.Content.ReadAsStringAsync()));
    }

    public void Dispose()
    {
        _database.Dispose();
        _redis.Dispose();
    }
}
