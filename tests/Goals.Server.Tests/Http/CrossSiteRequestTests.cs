using System.Net.Http.Headers;
using System.Text;
using Goals.Server.Tests.TestHost;

namespace Goals.Server.Tests.Http;

/// <summary>
/// What a page on another site can make a browser send without a CORS preflight (ADR 0160): a GET with simple
/// headers runs a query (nothing changes and the answer stays unreadable to the page), but a GET mutation and a POST
/// with a form or text body run nothing.
/// </summary>
public sealed class CrossSiteRequestTests : IAsyncLifetime
{
    private const string AddBook = """mutation { addBook(input: {title: "Planted", authorId: "a1"}) { book { id } } }""";
    private TestServer _server = null!;

    public async Task InitializeAsync() =>
        _server = await TestServer.StartAsync(new Dictionary<string, string?> { ["GraphQL:CorsOrigins:0"] = "https://app.example" });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_cross_site_get_query_with_only_simple_headers_runs_but_its_answer_is_not_shared()
    {
        using var request = CrossSiteGet("{ __typename }");

        var response = await _server.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("""{"__typename":"Query"}""", response.Data!.ToJson());
        Assert.False(response.Raw.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_get_query_with_an_authorization_header_and_no_preflight_header_runs()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_server.GraphQLUri + "?query=" + GraphQLClient.Encode("{ __typename }")));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "any-token");

        var response = await _server.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("""{"__typename":"Query"}""", response.Data!.ToJson());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("M")]
    public async Task A_cross_site_get_mutation_is_refused_and_changes_nothing(string? operationName)
    {
        var document = operationName is null ? AddBook : "query Q { __typename } " + AddBook.Replace("mutation {", "mutation M {", StringComparison.Ordinal);
        using var request = CrossSiteGet(document, operationName);

        var response = await _server.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal("METHOD_NOT_ALLOWED", response.FirstErrorCode);
        Assert.False(response.HasDataKey);
        await AssertNoBookWasAddedAsync();
    }

    [Fact]
    public async Task A_cross_site_get_subscription_is_refused()
    {
        using var request = CrossSiteGet("subscription { __typename }");

        var response = await _server.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.False(response.HasDataKey);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    public async Task A_cross_site_post_with_a_body_a_form_can_send_runs_nothing(string contentType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _server.GraphQLUri)
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(new { query = AddBook }))),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.Add("Origin", "https://evil.example");

        var response = await _server.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", response.FirstErrorCode);
        await AssertNoBookWasAddedAsync();
    }

    [Fact]
    public async Task A_post_mutation_with_json_from_an_allowed_origin_runs()
    {
        var response = await _server.PostAsync(AddBook);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.NotNull(response.Data!["addBook"]!["book"]);
    }

    private HttpRequestMessage CrossSiteGet(string document, string? operationName = null)
    {
        var query = "?query=" + GraphQLClient.Encode(document) + (operationName is null ? "" : "&operationName=" + operationName);
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_server.GraphQLUri + query));
        request.Headers.Add("Origin", "https://evil.example");
        request.Headers.TryAddWithoutValidation("Accept", "*/*");
        return request;
    }

    // Each test has its own server: the title is free only if the refused request added nothing.
    private async Task AssertNoBookWasAddedAsync()
    {
        var retry = await _server.PostAsync(AddBook.Replace("{ book { id } }", "{ book { id } errors { __typename } }", StringComparison.Ordinal));
        Assert.Equal("[]", retry.Data!["addBook"]!["errors"]?.ToJsonString() ?? "[]");
        Assert.NotNull(retry.Data!["addBook"]!["book"]);
    }
}
