using Goals.Server.Tests.TestHost;

namespace Goals.Server.Tests.Http;

public sealed class CorsTests : IAsyncLifetime
{
    private TestServer _server = null!;

    public async Task InitializeAsync() =>
        _server = await TestServer.StartAsync(new Dictionary<string, string?> { ["GraphQL:CorsOrigins:0"] = "https://app.example" });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Preflight_from_a_configured_origin_is_allowed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, _server.GraphQLUri);
        request.Headers.Add("Origin", "https://app.example");
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type,graphql-preflight");

        var response = await _server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("https://app.example", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task Request_from_another_origin_gets_no_cors_header()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _server.GraphQLUri)
        {
            Content = new StringContent("""{"query":"{ __typename }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Origin", "https://evil.example");

        var response = await _server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Request_from_the_configured_origin_gets_the_cors_header()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _server.GraphQLUri)
        {
            Content = new StringContent("""{"query":"{ __typename }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Origin", "https://app.example");

        var response = await _server.Client.SendAsync(request);

        Assert.Equal("https://app.example", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }
}
