using System.Net;
using Goals.Api.Scheduling;
using Goals.Api.Tests.Goals;
using Goals.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Goals.Api.Tests.Infrastructure;

public sealed class MetricsEndpointTests
{
    [Fact]
    public async Task The_scrape_shows_http_requests_engine_runs_and_job_runs()
    {
        using var factory = new GoalsApiFactory();
        using var client = factory.ClientFor("metrics-reader");
        var id = await client.CreateIdAsync(new { title = "Walk", pattern = "HABIT", target = 1 });
        await client.DataAsync("query($id: ID!) { goal(id: $id) { progress { current } streak { current } } }", new { id });
        await factory.Services.GetRequiredService<JobRunner>().RunAsync(
            JobNames.Reminders, _ => Task.FromResult(new JobRunResult(JobNames.Reminders, 3, 0)), CancellationToken.None);
        using var http = factory.CreateClient();

        var scrape = await MetricsScrape.ReadAsync(http);

        Assert.True(scrape.Value("goals_engine_evaluations_total") >= 1);
        Assert.True(scrape.Value("goals_job_runs_total", "job=\"reminders\"", "result=\"ok\"") >= 1);
        Assert.True(scrape.Value("goals_job_users_processed_total", "job=\"reminders\"") >= 3);
        Assert.True(scrape.Value("goals_job_duration_seconds_bucket", "job=\"reminders\"", "le=\"+Inf\"") >= 1);
        Assert.True(scrape.Sum("http_server_request_duration_seconds_count", "http_route=\"/graphql\"") >= 2);
    }

    [Fact]
    public async Task Requests_refused_by_the_rate_limiter_show_in_the_scrape()
    {
        using var root = new GoalsApiFactory();
        using var factory = root.WithWebHostBuilder(builder => builder.UseSetting("GraphQL:RateLimiting:RequestsPerMinute", "1"));
        using var client = factory.SignedClient("counted");
        await client.SendAsync("{ me { id } }");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.SendAsync("{ me { id } }")).Status);
        using var http = factory.CreateClient();

        var scrape = await MetricsScrape.ReadAsync(http);

        Assert.True(scrape.Value("aspnetcore_rate_limiting_requests_total", "global_limiter") >= 1);
    }

    [Fact]
    public async Task Metrics_can_be_switched_off()
    {
        using var root = new GoalsApiFactory();
        using var factory = root.WithWebHostBuilder(builder => builder.UseSetting("Metrics:Enabled", "false"));
        using var http = factory.CreateClient();

        var response = await http.GetAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
