using Goals.Api.Scheduling;
using Goals.Api.Tests.Activities;
using Goals.Api.Tests.Goals;
using Goals.Api.Tests.Realtime.Redis;
using Goals.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Goals.Api.Tests.Telemetry;

[Collection(SerialScrapes.Name)]
public sealed class RealtimeMetricsTests
{
    private const string Route = "http_route=\"/graphql\"";

    [Fact]
    public async Task A_socket_and_its_subscription_are_gauged_while_open_and_the_socket_stays_out_of_the_http_histogram()
    {
        using var factory = new GoalsApiFactory();
        using var client = factory.ClientFor("live");
        using var http = factory.CreateClient();
        var goalId = await client.CreateIdAsync(new { title = "Stretch", pattern = "HABIT", target = 1 });
        var socket = await TransportWsClient.ConnectAsync(factory, factory.TokenFor("live"));
        Assert.Equal("connection_ack", (await socket.ReceiveAsync())["type"]!.GetValue<string>());
        await socket.SubscribeAsync("1", "subscription Progress($id: ID!) { onGoalProgress(goalId: $id) { id } }", new { id = goalId });
        await Eventually.TrueAsync(async () => (await MetricsScrape.ReadAsync(http)).Sum("goals_graphql_subscriptions") == 1,
            "the subscription was never counted");

        await client.LogAsync(new { goalId });
        Assert.Equal("next", (await socket.ReceiveSkippingPingsAsync())["type"]!.GetValue<string>());
        var open = await MetricsScrape.ReadAsync(http);
        await socket.DisposeAsync();
        await Eventually.TrueAsync(async () => (await MetricsScrape.ReadAsync(http)).Value("goals_websocket_connections") == 0,
            "the closed socket was still counted");
        var closed = await MetricsScrape.ReadAsync(http);

        Assert.Equal(1, open.Value("goals_websocket_connections"));
        Assert.Equal(1, open.Value("goals_websocket_connections_opened_total"));
        Assert.Equal(1, open.Value("goals_graphql_subscriptions", "operation_type=\"subscription\"", "operation_name=\"Progress\""));
        Assert.Equal(1, open.Value("goals_activities_logged_total", "pattern=\"HABIT\""));
        Assert.True(open.Value("goals_events_published_total", "kind=\"goal-changed\"") >= 1);
        Assert.Equal(1, open.Value("goals_events_delivered_total", "kind=\"goal-changed\""));
        Assert.Equal(0, closed.Value("goals_graphql_subscriptions", "operation_name=\"Progress\""));
        // The socket's request ended between the two reads; only requests that are not sockets are in the histogram.
        Assert.Equal(open.Sum("http_server_request_duration_seconds_count", Route), closed.Sum("http_server_request_duration_seconds_count", Route));
    }

    [Fact]
    public async Task A_socket_served_from_the_connection_is_counted_and_refused_upgrades_are_not()
    {
        using var factory = new KestrelApiFactory();
        using var http = factory.CreateClient();
        var socket = await TransportWsClient.ConnectAsync(factory, factory.TokenFor("live"));
        Assert.Equal("connection_ack", (await socket.ReceiveAsync())["type"]!.GetValue<string>());
        // A bad header token goes through the pipeline and is refused there: no connection.
        await Assert.ThrowsAnyAsync<Exception>(() => TransportWsClient.ConnectWithHeaderAsync(factory, "not-a-token"));

        var open = await MetricsScrape.ReadAsync(http);
        await socket.DisposeAsync();
        await Eventually.TrueAsync(async () => (await MetricsScrape.ReadAsync(http)).Value("goals_websocket_connections") == 0,
            "the closed socket was still counted");

        Assert.Equal(1, open.Value("goals_websocket_connections"));
        Assert.Equal(1, open.Value("goals_websocket_connections_opened_total"));
    }

    [Fact]
    public async Task A_replayed_idempotency_key_logs_no_second_activity()
    {
        using var factory = new GoalsApiFactory();
        using var client = factory.ClientFor("replayer");
        var goalId = await client.CreateIdAsync(new { title = "Pages", pattern = "TARGET", target = 100, unit = "pages" });

        await client.LogAsync(new { goalId, amount = 10, idempotencyKey = "same" });
        await client.LogAsync(new { goalId, amount = 10, idempotencyKey = "same" });
        var scrape = await MetricsScrape.ReadAsync(factory.CreateClient());

        Assert.Equal(1, scrape.Value("goals_activities_logged_total", "pattern=\"TARGET\""));
    }

    [Fact]
    public async Task A_finished_job_run_stamps_its_last_success()
    {
        using var factory = new GoalsApiFactory();
        var before = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        await factory.Services.GetRequiredService<JobRunner>().RunAsync(
            JobNames.DayClose, _ => Task.FromResult(new JobRunResult(JobNames.DayClose, 1, 1)), CancellationToken.None);
        var scrape = await MetricsScrape.ReadAsync(factory.CreateClient());

        var stamp = scrape.Value("goals_job_last_success_timestamp_seconds", "job=\"day-close\"");
        Assert.InRange(stamp, before, DateTimeOffset.UtcNow.ToUnixTimeSeconds());
    }

    [SkippableFact]
    public async Task The_redis_gauge_follows_the_link()
    {
        RedisServer.Require();
        using var redis = new RedisServer();
        await redis.StartAsync();
        using var root = new GoalsApiFactory();
        using var factory = root.WithWebHostBuilder(builder => builder.UseSetting("ConnectionStrings:Redis", redis.ConnectionString));
        using var http = factory.CreateClient();
        await Eventually.TrueAsync(async () => (await MetricsScrape.ReadAsync(http)).Value("goals_redis_connected") == 1,
            "the link never came up");

        redis.Stop();

        await Eventually.TrueAsync(async () => (await MetricsScrape.ReadAsync(http)).Value("goals_redis_connected") == 0,
            "the gauge still said connected after Redis went away");
    }
}
