using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Goals.Api.Tests.Support;

namespace Goals.Api.Tests.Realtime.Sockets;

/// <summary>
/// A socket without a token may do exactly what an HTTP request without a token may: the same operations get the same
/// answers (public fields and introspection work, every field that needs a user answers UNAUTHENTICATED), and a
/// browser page on a foreign origin runs nothing on either.
/// </summary>
public sealed class AnonymousParityTests(KestrelApiFactory factory) : IClassFixture<KestrelApiFactory>
{
    public static TheoryData<string> Operations() =>
    [
        "{ __typename }",
        "{ __schema { queryType { name } subscriptionType { name } } }",
        "{ me { id } }",
        "{ templates { id title } }",
        "{ goals(first: 5) { totalCount } }",
        "{ notifications(first: 5) { totalCount } }",
        "{ recommendations { template { id } } }",
        "{ node(id: \"R29hbDox\") { id } }",
        "{ export(format: JSON) { fileName } }",
        "mutation { logActivity(input: { goalId: \"R29hbDox\", amount: 1 }) { activity { id } } }",
        "mutation { createGoal(input: { title: \"Read\", pattern: HABIT, target: 1 }) { goal { id } } }",
        "{ nope }",
        "subscription { onNotification { sequence } }",
    ];

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Anonymous_socket_answers_exactly_as_anonymous_http(string query)
    {
        using var http = factory.ClientFor(null);
        var overHttp = await http.SendAsync(query);
        await using var socket = await TransportWsClient.ConnectAsync(factory, token: null);
        Assert.Equal("connection_ack", (await socket.ReceiveAsync())["type"]!.GetValue<string>());

        await socket.SubscribeAsync("1", query);
        var answer = await socket.ReceiveSkippingPingsAsync();

        // A result is a `next`; a request refused before it ran is an `error` carrying the same errors.
        var overSocket = answer["type"]!.GetValue<string>() == "next"
            ? answer["payload"]!
            : new JsonObject { ["errors"] = answer["payload"]!.DeepClone() };
        if (query.StartsWith("subscription", StringComparison.Ordinal))
        {
            // HTTP serves no subscriptions; on the socket the anonymous one ends at once with the same refusal.
            Assert.Equal("GRAPHQL_VALIDATION_FAILED", overHttp.FirstErrorCode);
            Assert.Equal("UNAUTHENTICATED", overSocket["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
            Assert.Equal("complete", (await socket.ReceiveSkippingPingsAsync())["type"]!.GetValue<string>());
            return;
        }

        Assert.Equal(overHttp.Body.ToJsonString(), overSocket.ToJsonString());
    }

    [Fact]
    public async Task Anonymous_cross_site_page_changes_nothing_over_http_and_runs_nothing_over_a_socket()
    {
        const string foreign = "https://evil.example";
        using var http = factory.CreateClient();
        using var post = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            // The only POST a page may send cross-site without a preflight.
            Content = new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "text/plain"),
        };
        post.Headers.Add("Origin", foreign);
        // A GET runs queries only (ADR 0160): it may run, but its answer is not shared with the page.
        using var get = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D");
        get.Headers.Add("Origin", foreign);
        using var getMutation = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("mutation { __typename }"));
        getMutation.Headers.Add("Origin", foreign);
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        socket.Options.SetRequestHeader("Origin", foreign);
        socket.Options.CollectHttpResponseDetails = true;

        using var postAnswer = await http.SendAsync(post);
        using var getAnswer = await http.SendAsync(get);
        using var getMutationAnswer = await http.SendAsync(getMutation);
        await Assert.ThrowsAsync<WebSocketException>(() =>
            socket.ConnectAsync(new UriBuilder(http.BaseAddress!) { Scheme = "ws", Path = "/graphql" }.Uri, CancellationToken.None));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, postAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, getAnswer.StatusCode);
        Assert.False(getAnswer.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, getMutationAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, socket.HttpStatusCode);
    }
}
