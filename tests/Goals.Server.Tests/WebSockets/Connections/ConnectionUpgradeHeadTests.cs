using Goals.Server.Tests.TestHost;

namespace Goals.Server.Tests.WebSockets.Connections;

/// <summary>
/// Which heads the connection serves itself and which it leaves, untouched, to Kestrel and the pipeline: the answer
/// is the same either way, only the route differs.
/// </summary>
public sealed class ConnectionUpgradeHeadTests
{
    [Theory]
    [InlineData("/graphql?client=web", "", 0, "HTTP/1.1 101 ")]
    [InlineData("/GraphQL/", "", 0, "HTTP/1.1 101 ")]
    [InlineData("/graphql", "Origin: https://evil.example\r\n", 1, "HTTP/1.1 403 ")]
    // Kestrel's own parser refuses these before the pipeline; served here they would have had 101.
    [InlineData("/graphql", "Host: second.example\r\n", 0, "HTTP/1.1 400 ")]
    [InlineData("/graphql", "X-Folded: a\r\n b\r\n", 0, "HTTP/1.1 400 ")]
    // Unusual bytes are Kestrel's to judge (it lets these through): the pipeline serves them.
    [InlineData("/graphql", "X-Control: a\u0001b\r\n", 1, "HTTP/1.1 101 ")]
    [InlineData("/graphql", "X-Bare: a\nX-Other: b\r\n", 1, "HTTP/1.1 101 ")]
    [InlineData("/graphql", "X(Name): a\r\n", 1, "HTTP/1.1 101 ")]
    [InlineData("/elsewhere", "", 1, "HTTP/1.1 404 ")]
    public async Task A_head_is_served_from_the_connection_or_answered_by_the_pipeline(
        string target, string extraHeaders, int reachingPipeline, string status)
    {
        PipelineUpgradeProbe? probe = null;
        await using var server = await WebSocketTestServer.StartAsync(services: services => probe = PipelineUpgradeProbe.AddTo(services));

        await using var raw = await RawUpgrade.SendAsync(server.BaseAddress, RawUpgrade.Head(server.BaseAddress, extraHeaders: extraHeaders, target: target));

        Assert.StartsWith(status, raw.ResponseHead, StringComparison.Ordinal);
        Assert.Equal(reachingPipeline, probe!.Upgrades);
    }

    [Fact]
    public async Task A_request_that_is_not_an_upgrade_is_served_as_before_on_the_same_connection()
    {
        PipelineUpgradeProbe? probe = null;
        await using var server = await WebSocketTestServer.StartAsync(services: services => probe = PipelineUpgradeProbe.AddTo(services));

        await using var raw = await RawUpgrade.SendAsync(server.BaseAddress,
            $"GET /graphql?query=%7B__typename%7D HTTP/1.1\r\nHost: {server.BaseAddress.Authority}\r\nAccept: application/json\r\n\r\n", pieces: 3);

        Assert.StartsWith("HTTP/1.1 200 ", raw.ResponseHead, StringComparison.Ordinal);
        Assert.Equal(0, probe!.Upgrades);
    }

    [Fact]
    public async Task A_head_slower_than_the_connection_waits_for_goes_on_to_kestrel_with_nothing_lost()
    {
        PipelineUpgradeProbe? probe = null;
        await using var server = await WebSocketTestServer.StartAsync(services: services => probe = PipelineUpgradeProbe.AddTo(services));

        // Half the head, then a pause longer than the 10 seconds the connection waits for the rest.
        await using var raw = await RawUpgrade.SendAsync(
            server.BaseAddress, RawUpgrade.Head(server.BaseAddress), pieces: 2, pause: TimeSpan.FromSeconds(11));

        Assert.StartsWith("HTTP/1.1 101 ", raw.ResponseHead, StringComparison.Ordinal);
        Assert.Equal(1, probe!.Upgrades);
    }
}
