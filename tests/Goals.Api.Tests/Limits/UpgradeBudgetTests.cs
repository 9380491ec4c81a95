using Microsoft.AspNetCore.TestHost;

namespace Goals.Api.Tests.Limits;

/// <summary>
/// WebSocket upgrades skip the rate limiting middleware (ADR 0168) but not the budget: an upgrade with a bad bearer
/// header spends its address's requests (5 a minute here) like a bad token over HTTP, then gets 429. A fixture of its
/// own, since it spends the anonymous budget every other test's socket upgrade needs.
/// </summary>
public sealed class UpgradeBudgetTests(RateLimitTests.FivePerMinuteApi api) : IClassFixture<RateLimitTests.FivePerMinuteApi>
{
    [Fact]
    public async Task WebSocket_upgrades_with_a_bad_bearer_header_spend_their_addresss_budget_and_then_get_429()
    {
        // The upgrade branch skips the rate limiting middleware (ADR 0168); a flood of bad tokens is still cut off.
        var statuses = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            var client = ((TestServer)api.Host.Server).CreateWebSocketClient();
            client.SubProtocols.Add("graphql-transport-ws");
            client.ConfigureRequest = request => request.Headers.Authorization = $"Bearer not-a-token-{i}";
            var refused = await Assert.ThrowsAnyAsync<Exception>(() =>
                client.ConnectAsync(new Uri(api.Host.Server.BaseAddress, "graphql"), CancellationToken.None));
            statuses.Add(refused.Message.Contains("429", StringComparison.Ordinal) ? "429"
                : refused.Message.Contains("401", StringComparison.Ordinal) ? "401" : refused.Message);
        }

        Assert.Equal(["401", "401", "401", "401", "401", "429", "429"], statuses);
    }
}
