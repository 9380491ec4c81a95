using Goals.Api.Scheduling;
using Goals.Api.Tests.Activities;
using Goals.Api.Tests.Goals;
using Goals.Api.Tests.Realtime.Redis;
using Goals.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Goals.Api.Tests.Deployment;

/// <summary>
/// The server on Kestrel with Redis, after one of everything the alerts and dashboard watch: named and failing
/// queries, a mutation, a WebSocket subscription that gets an event, a job run; then one scrape of its metrics.
/// </summary>
public sealed class ExercisedHost : IAsyncLifetime, IDisposable
{
    private readonly RedisServer _redis = new();
    private Host? _host;

    public MetricsScrape Scrape { get; private set; } = new("");

    public async Task InitializeAsync()
    {
        if (!RedisServer.IsInstalled)
        {
            return;
        }

        await _redis.StartAsync();
        _host = new Host(_redis.ConnectionString);
        using var client = _host.ClientFor("watched");
        var goalId = await client.CreateIdAsync(new { title = "Swim", pattern = "HABIT", target = 1 });
        await client.DataAsync("query Watched($id: ID!) { goal(id: $id) { progress { current } } }", new { id = goalId });
        await client.SendAsync("{ me { id ");
        await using (var socket = await TransportWsClient.ConnectAsync(_host, _host.TokenFor("watched")))
        {
            await socket.ReceiveAsync();
            await socket.SubscribeAsync("1", "subscription Progress($id: ID!) { onGoalProgress(goalId: $id) { id } }", new { id = goalId });
            await Eventually.TrueAsync(async () => (await MetricsScrape.ReadAsync(_host.CreateClient())).Sum("goals_graphql_subscriptions") > 0,
                "the subscription never started");
            await client.LogAsync(new { goalId });
            await socket.ReceiveSkippingPingsAsync();
        }

        await _host.Services.GetRequiredService<JobRunner>().RunAsync(
            JobNames.DayClose, _ => Task.FromResult(new JobRunResult(JobNames.DayClose, 1, 1)), CancellationToken.None);
        await Eventually.TrueAsync(async () => (await MetricsScrape.ReadAsync(_host.CreateClient())).Value("goals_redis_connected") == 1,
            "Redis never connected");
        Scrape = await MetricsScrape.ReadAsync(_host.CreateClient());
    }

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _host?.Dispose();
        _redis.Dispose();
    }

    private sealed class Host(string redis) : GoalsApiFactory(realSockets: true)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ConnectionStrings:Redis", redis);
        }
    }
}
