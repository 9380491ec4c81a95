using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Goals.Api.Tests.Insights;
using Goals.Api.Tests.Support;

namespace Goals.Api.Tests.Limits;

/// <summary>50,000 requests from one user were all served; now each user has a budget per minute (5 here).</summary>
public sealed class RateLimitTests(RateLimitTests.FivePerMinuteApi api) : IClassFixture<RateLimitTests.FivePerMinuteApi>
{
    private const string Me = "{ me { id } }";

    [Fact]
    public async Task Requests_of_one_user_beyond_the_limit_get_429_while_another_user_is_still_served()
    {
        using var greedy = api.ClientFor("greedy");
        using var patient = api.ClientFor("patient");
        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.OK, (await greedy.SendAsync(Me)).Status);

        using var refused = await greedy.Http.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query = Me });
        var body = System.Text.Json.Nodes.JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After")), CultureInfo.InvariantCulture), 1, 60);
        Assert.Equal("RATE_LIMITED", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Null(body["data"]);
        Assert.Equal(HttpStatusCode.OK, (await patient.SendAsync(Me)).Status);
    }

    [Fact]
    public async Task A_subscribe_over_the_socket_spends_the_same_budget_as_the_users_http_requests()
    {
        using var client = api.ClientFor("socket-user");
        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Me)).Status);
        var socket = await TransportWsClient.ConnectAsync(api.Host, api.Host.TokenOf("socket-user"));
        await using (socket)
        {
            Assert.Equal("connection_ack", (await socket.ReceiveAsync())["type"]!.GetValue<string>());

            await socket.SubscribeAsync("1", "subscription { onNotification { message } }");
            var answer = await socket.ReceiveSkippingPingsAsync();

            Assert.Equal("error", answer["type"]!.GetValue<string>());
            Assert.Equal("RATE_LIMITED", answer["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
        }
    }

    public sealed class FivePerMinuteApi() : PinnedClockApi(new Dictionary<string, string> { ["GraphQL:RateLimiting:RequestsPerMinute"] = "5" });
}
