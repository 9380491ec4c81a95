using System.Net;
using System.Net.Sockets;
using System.Text;
using Goals.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;

namespace Goals.Api.Tests.Limits;

/// <summary>
/// Behind a trusted proxy each anonymous client has its own budget (3 requests a minute here), on HTTP and on the
/// upgrades served from the connection alike; from anyone else <c>X-Forwarded-For</c> is ignored, so a client cannot
/// escape its budget by naming another address.
/// </summary>
public sealed class ForwardedClientTests
{
    [Fact]
    public async Task Behind_a_trusted_proxy_each_forwarded_client_has_its_own_http_budget()
    {
        await using var api = new ThreePerMinuteApi(trustLoopback: true);
        using var http = api.CreateClient();

        var first = await StatusesAsync(http, "203.0.113.1", 4);
        var second = await StatusesAsync(http, "203.0.113.2", 1);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], first);
        Assert.Equal([HttpStatusCode.OK], second);
    }

    [Fact]
    public async Task Behind_a_trusted_proxy_each_forwarded_client_has_its_own_budget_for_upgrades_from_the_connection()
    {
        await using var api = new ThreePerMinuteApi(trustLoopback: true);
        var server = api.CreateClient().BaseAddress!;

        var first = new List<string>();
        for (var i = 0; i < 4; i++)
            first.Add(await UpgradeAsync(server, "198.51.100.1"));
        var second = await UpgradeAsync(server, "198.51.100.2");

        // Served from the connection: its 101 carries no Server header (Kestrel's pipeline adds one).
        Assert.All(first.Take(3), head => Assert.StartsWith("HTTP/1.1 101 ", head, StringComparison.Ordinal));
        Assert.All(first.Take(3), head => Assert.DoesNotContain("Server:", head, StringComparison.Ordinal));
        Assert.StartsWith("HTTP/1.1 429 ", first[3], StringComparison.Ordinal);
        Assert.StartsWith("HTTP/1.1 101 ", second, StringComparison.Ordinal);
        Assert.DoesNotContain("Server:", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_trusted_proxies_a_forwarded_address_changes_nothing()
    {
        await using var api = new ThreePerMinuteApi(trustLoopback: false);
        using var http = api.CreateClient();

        var spent = await StatusesAsync(http, "203.0.113.1", 3);
        var renamed = await StatusesAsync(http, "203.0.113.2", 1);
        var upgrade = await UpgradeAsync(api.CreateClient().BaseAddress!, "198.51.100.9");

        Assert.All(spent, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal([HttpStatusCode.TooManyRequests], renamed);
        Assert.StartsWith("HTTP/1.1 429 ", upgrade, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("KnownNetworks", "10.0.0.0/33")]
    [InlineData("KnownProxies", "ingress.local")]
    public void A_proxy_that_is_not_an_address_or_a_network_stops_the_host_at_start(string list, string value)
    {
        using var factory = new GoalsApiFactory().WithWebHostBuilder(host => host.UseSetting($"ForwardedHeaders:{list}:0", value));

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains($"ForwardedHeaders:{list}:0 '{value}' is not", error.Message, StringComparison.Ordinal);
    }

    private static async Task<List<HttpStatusCode>> StatusesAsync(HttpClient http, string forwardedFor, int count)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
            {
                Content = new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("X-Forwarded-For", forwardedFor);
            using var response = await http.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }

    /// <summary>A plain anonymous upgrade with <c>X-Forwarded-For</c>; the response head.</summary>
    private static async Task<string> UpgradeAsync(Uri server, string forwardedFor)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port);
        var stream = tcp.GetStream();
        var head = $"GET /graphql HTTP/1.1\r\nHost: {server.Authority}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
            + $"Sec-WebSocket-Protocol: graphql-transport-ws\r\nX-Forwarded-For: {forwardedFor}\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        var received = new StringBuilder();
        var buffer = new byte[1024];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!received.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer, timeout.Token);
            if (read == 0)
                break;
            received.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        return received.ToString();
    }

    private sealed class ThreePerMinuteApi(bool trustLoopback) : GoalsApiFactory(realSockets: true)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("GraphQL:RateLimiting:RequestsPerMinute", "3");
            if (trustLoopback)
                builder.UseSetting("ForwardedHeaders:KnownNetworks:0", "127.0.0.0/8");
        }
    }
}
