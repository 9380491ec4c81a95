using System.Text.RegularExpressions;
using Goals.Server.Tests.TestHost;
using Goals.Server.Tests.WebSockets;

namespace Goals.Server.Tests.Ide;

public sealed partial class GraphQLIdeTests(WebSocketServerFixture fixture) : IClassFixture<WebSocketServerFixture>
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    [SkippableFact]
    public async Task Browser_navigation_to_the_endpoint_gets_the_graphiql_page()
    {
        IdeBundle.Require();
        using var response = await GetAsync(fixture.Server, "/graphql", BrowserAccept);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.StartsWith("default-src 'self'; script-src 'self';", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("""<div id="graphiql" data-endpoint="/graphql">""", page, StringComparison.Ordinal);
        Assert.Matches(ScriptPattern(), page);
        Assert.Matches(StylePattern(), page);
        Assert.DoesNotContain("https://", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Head_request_for_the_page_gets_headers_without_a_body()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, "/graphql");
        request.Headers.Accept.ParseAdd(BrowserAccept);
        using var response = await fixture.Server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [SkippableTheory]
    [InlineData("script", "text/javascript; charset=utf-8")]
    [InlineData("style", "text/css; charset=utf-8")]
    public async Task Bundle_files_are_served_with_their_content_type_and_cached_forever(string kind, string contentType)
    {
        IdeBundle.Require();
        var file = await BundleFileAsync(kind);
        using var response = await GetAsync(fixture.Server, file, "*/*");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.ToString());
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 1000);

        using var revalidation = new HttpRequestMessage(HttpMethod.Get, file);
        revalidation.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        using var notModified = await fixture.Server.Client.SendAsync(revalidation);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task Unknown_bundle_file_is_404()
    {
        using var response = await GetAsync(fixture.Server, "/graphql/ide/missing-file.js", "*/*");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Api_clients_on_the_same_path_still_get_json()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7Becho(message%3A%22hi%22)%7D");
        request.Headers.Accept.ParseAdd("application/json");
        request.Headers.Add("GraphQL-Preflight", "1");
        using var response = await fixture.Server.Client.SendAsync(request);

        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("""{"data":{"echo":"hi"}}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("false")]
    [InlineData(null)]
    public async Task Production_serves_neither_page_nor_files_unless_the_ide_is_switched_on(string? enableIde)
    {
        await using var server = await TestServer.StartAsync(new Dictionary<string, string?> { ["GraphQL:EnableIde"] = enableIde });
        using var page = await GetAsync(server, "/graphql", BrowserAccept);
        using var file = await GetAsync(server, "/graphql/ide/index.html", "*/*");

        Assert.NotEqual("text/html; charset=utf-8", page.Content.Headers.ContentType?.ToString());
        Assert.Equal(HttpStatusCode.NotFound, file.StatusCode);
    }

    [Fact]
    public async Task Ide_is_on_by_default_in_development()
    {
        await using var server = await TestServer.StartAsync(new Dictionary<string, string?> { ["GraphQL:EnableIde"] = null }, "Development");
        using var page = await GetAsync(server, "/graphql", BrowserAccept);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html; charset=utf-8", page.Content.Headers.ContentType?.ToString());
    }

    private async Task<string> BundleFileAsync(string kind)
    {
        using var response = await GetAsync(fixture.Server, "/graphql", BrowserAccept);
        var page = await response.Content.ReadAsStringAsync();
        return (kind == "script" ? ScriptPattern() : StylePattern()).Match(page).Groups["path"].Value;
    }

    private static async Task<HttpResponseMessage> GetAsync(TestServer server, string path, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd(accept);
        return await server.Client.SendAsync(request);
    }

    [GeneratedRegex("""<script type="module" src="(?<path>/graphql/ide/ide-[A-Z0-9]+\.js)"></script>""")]
    private static partial Regex ScriptPattern();

    [GeneratedRegex("""<link rel="stylesheet" href="(?<path>/graphql/ide/ide-[A-Z0-9]+\.css)">""")]
    private static partial Regex StylePattern();
}
