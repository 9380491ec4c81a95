using System.Net;
using System.Net.WebSockets;

namespace Goals.Server.Tests.WebSockets;

/// <summary>
/// Over HTTP, a browser page on an origin that is not allowed runs nothing; a WebSocket upgrade, which CORS does not
/// cover, is held to the same rule by its Origin header.
/// </summary>
public sealed class WebSocketOriginTests
{
    private const string Listed = "https://app.example";

    [Fact]
    public async Task Cross_site_websocket_from_an_unlisted_origin_is_refused_with_403()
    {
        await using var server = await StartAsync();

        var refused = await Assert.ThrowsAsync<WebSocketException>(() =>
            WebSocketTestClient.ConnectFromAsync(server.GraphQLUri, "https://evil.example", "graphql-transport-ws"));

        Assert.Contains("403", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Listed)]
    [InlineData(Listed + "/")]
    [InlineData(null)]
    public async Task A_listed_origin_and_a_client_without_origin_are_served(string? origin)
    {
        await using var server = await StartAsync();
        await using var client = await WebSocketTestClient.ConnectFromAsync(server.GraphQLUri, origin, "graphql-transport-ws");
        await client.SendAsync("""{"type":"connection_init"}""");

        Assert.Equal(HttpStatusCode.SwitchingProtocols, client.HandshakeStatus);
        Assert.Equal("""{"type":"connection_ack"}""", await client.ReceiveAsync());
    }

    [Fact]
    public async Task A_page_served_by_the_server_itself_is_served()
    {
        await using var server = await StartAsync();
        var ownOrigin = server.BaseAddress.GetLeftPart(UriPartial.Authority);
        await using var client = await WebSocketTestClient.ConnectFromAsync(server.GraphQLUri, ownOrigin, "graphql-transport-ws");
        await client.SendAsync("""{"type":"connection_init"}""");

        Assert.Equal("""{"type":"connection_ack"}""", await client.ReceiveAsync());
    }

    private static Task<TestHost.TestServer> StartAsync() =>
        WebSocketTestServer.StartAsync(serverSettings: new Dictionary<string, string?> { ["GraphQL:CorsOrigins:0"] = Listed });
}
