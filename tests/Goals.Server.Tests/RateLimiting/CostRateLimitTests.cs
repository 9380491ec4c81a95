using Goals.Server.Tests.TestHost;

namespace Goals.Server.Tests.RateLimiting;

/// <summary>Cheap requests within the request budget can still add up to heavy work: a client also has a cost budget.</summary>
public sealed class CostRateLimitTests
{
    private const string TwelveCost = "{ books(first: 5) { nodes { title id } } }";

    [Fact]
    public async Task Operations_beyond_the_cost_budget_per_minute_are_answered_429_and_not_run()
    {
        await using var server = await RequestRateLimitTests.StartAsync(requestsPerMinute: 100, costPerMinute: 30, maxCost: 30);
        Assert.Null((await server.PostAsync(TwelveCost)).Errors);
        Assert.Null((await server.PostAsync(TwelveCost)).Errors);

        var refused = await server.PostAsync(TwelveCost);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal("RATE_LIMITED", refused.FirstErrorCode);
        Assert.False(refused.HasDataKey);
        Assert.StartsWith("The operation costs 12, more than is left of the cost budget per minute; retry in ", refused.FirstErrorMessage, StringComparison.Ordinal);
        Assert.Single(refused.Raw.Headers.GetValues("Retry-After"));
    }

    [Fact]
    public async Task An_operation_that_fits_what_is_left_still_runs()
    {
        await using var server = await RequestRateLimitTests.StartAsync(requestsPerMinute: 100, costPerMinute: 30, maxCost: 30);
        await server.PostAsync(TwelveCost);
        await server.PostAsync(TwelveCost);

        var cheap = await server.PostAsync("{ echo(message: \"still\") }");

        Assert.Null(cheap.Errors);
    }

    [Fact]
    public async Task Operations_refused_by_a_limit_are_not_charged()
    {
        await using var server = await RequestRateLimitTests.StartAsync(requestsPerMinute: 100, costPerMinute: 30, maxCost: 30);
        for (var i = 0; i < 5; i++)
            Assert.Equal("COST_LIMIT_EXCEEDED", (await server.PostAsync("{ books(first: 50) { nodes { title } } }")).FirstErrorCode);

        Assert.Null((await server.PostAsync(TwelveCost)).Errors);
        Assert.Null((await server.PostAsync(TwelveCost)).Errors);
    }
}
