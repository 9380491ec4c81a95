using System.Globalization;
using Goals.Server.Tests.TestHost;

namespace Goals.Server.Tests.RateLimiting;

/// <summary>50,000 requests from one client were all served: a client now has a request budget per minute.</summary>
public sealed class RequestRateLimitTests
{
    [Fact]
    public async Task Requests_beyond_the_per_minute_limit_are_answered_429_with_retry_after_and_rate_limited()
    {
        await using var server = await StartAsync(requestsPerMinute: 3);
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await server.PostAsync("{ echo(message: \"hi\") }")).Status);

        var refused = await server.PostAsync("{ echo(message: \"hi\") }");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal("application/graphql-response+json; charset=utf-8", refused.ContentType);
        Assert.Equal("RATE_LIMITED", refused.FirstErrorCode);
        Assert.False(refused.HasDataKey);
        // Three a minute refill one every 20 s: that is how long the next request waits.
        Assert.Equal("20", Assert.Single(refused.Raw.Headers.GetValues("Retry-After")));
        Assert.Equal(20, refused.Errors![0]!["extensions"]!["retryAfter"]!.GetValue<int>());
        Assert.Equal("Too many requests: the budget per minute is spent; retry in 20 s.", refused.FirstErrorMessage);
    }

    [Fact]
    public async Task A_legacy_json_client_is_refused_with_429_too()
    {
        await using var server = await StartAsync(requestsPerMinute: 1);
        await server.PostAsync("{ echo(message: \"hi\") }", accept: "application/json");

        var refused = await server.PostAsync("{ echo(message: \"hi\") }", accept: "application/json");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal("application/json; charset=utf-8", refused.ContentType);
        Assert.Equal("RATE_LIMITED", refused.FirstErrorCode);
    }

    [Fact]
    public async Task Malformed_requests_spend_the_budget_like_any_other()
    {
        await using var server = await StartAsync(requestsPerMinute: 2);
        await server.PostJsonAsync("{not json");
        await server.PostJsonAsync("[]");

        var refused = await server.PostAsync("{ echo(message: \"hi\") }");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
    }

    [Fact]
    public async Task Endpoints_outside_graphql_are_not_counted()
    {
        await using var server = await StartAsync(requestsPerMinute: 1);
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync(new Uri("/elsewhere", UriKind.Relative))).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await server.PostAsync("{ echo(message: \"hi\") }")).Status);
    }

    [Fact]
    public async Task Switched_off_nothing_is_counted()
    {
        await using var server = await TestServer.StartAsync(new Dictionary<string, string?>
        {
            ["GraphQL:RateLimiting:Enabled"] = "false",
            ["GraphQL:RateLimiting:RequestsPerMinute"] = "1",
        });

        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.OK, (await server.PostAsync("{ echo(message: \"hi\") }")).Status);
    }

    [Fact]
    public async Task A_host_that_forgot_the_rate_limiter_middleware_fails_loudly_instead_of_serving_unlimited()
    {
        await using var server = await TestServer.StartAsync(
            new Dictionary<string, string?> { ["GraphQL:RateLimiting:Enabled"] = "true" }, useRateLimiter: false);

        var response = await server.PostAsync("{ echo(message: \"hi\") }");

        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
        Assert.Contains(server.Logs.Entries, entry => entry.Exception?.Message.Contains("app.UseRateLimiter()", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_cost_budget_below_the_cost_limit_stops_the_host_at_start()
    {
        var failure = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() => TestServer.StartAsync(
            new Dictionary<string, string?> { ["GraphQL:RateLimiting:CostPerMinute"] = "4999" }));

        Assert.Contains("GraphQL:RateLimiting:CostPerMinute must be at least GraphQL:Limits:MaxCost", failure.Message, StringComparison.Ordinal);
    }

    internal static Task<TestServer> StartAsync(int requestsPerMinute, int costPerMinute = 100_000, int maxCost = 5000) =>
        TestServer.StartAsync(new Dictionary<string, string?>
        {
            ["GraphQL:RateLimiting:Enabled"] = "true",
            ["GraphQL:RateLimiting:RequestsPerMinute"] = requestsPerMinute.ToString(CultureInfo.InvariantCulture),
            ["GraphQL:RateLimiting:CostPerMinute"] = costPerMinute.ToString(CultureInfo.InvariantCulture),
            ["GraphQL:Limits:MaxCost"] = maxCost.ToString(CultureInfo.InvariantCulture),
        });
}
