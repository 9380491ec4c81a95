using System.Net.Http.Headers;
using System.Text;
using Goals.Server.Tests.TestHost;

namespace Goals.Server.Tests.Http;

[Collection(SharedServerDefinition.Name)]
public sealed class PostTests(ServerFixture fixture)
{
    private readonly TestServer _server = fixture.Server;

    [Fact]
    public async Task Post_with_json_executes_and_answers_in_the_accepted_media_type_with_utf8()
    {
        var response = await _server.PostAsync("query Echo($m: String!) { echo(message: $m) }", new { m = "héllo 🏃" });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/graphql-response+json; charset=utf-8", response.ContentType);
        Assert.Equal("héllo 🏃", response.Data!["echo"]!.GetValue<string>());
        Assert.Null(response.Errors);
    }

    [Fact]
    public async Task Null_fields_count_as_absent_and_unknown_fields_are_ignored()
    {
        var response = await _server.PostJsonAsync(
            """{"query":"{ echo(message: \"x\") }","operationName":null,"variables":null,"extensions":null,"foo":42}""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("x", response.Data!["echo"]!.GetValue<string>());
    }

    [Fact]
    public async Task Operation_name_selects_the_operation_to_run()
    {
        var response = await _server.PostAsync("query A { a: echo(message: \"a\") } query B { b: echo(message: \"b\") }", operationName: "B");

        Assert.Equal("""{"b":"b"}""", response.Data!.ToJson());
    }

    [Fact]
    public async Task Post_without_content_type_is_refused_with_415()
    {
        var response = await _server.PostJsonAsync("""{"query":"{ __typename }"}""", contentType: null);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", response.FirstErrorCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=latin1")]
    public async Task Post_with_an_unsupported_content_type_is_refused_with_415(string contentType)
    {
        var response = await _server.PostJsonAsync("""{"query":"{ __typename }"}""", contentType: contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
        Assert.Equal("application/graphql-response+json; charset=utf-8", response.ContentType);
    }

    [Theory]
    [InlineData("application/graphql-response+json")]
    [InlineData("application/json")]
    public async Task Malformed_json_is_400_for_both_media_types(string accept)
    {
        var response = await _server.PostJsonAsync("""{ "not a JSON""", accept);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("BAD_REQUEST", response.FirstErrorCode);
        Assert.False(response.HasDataKey);
    }

    [Theory]
    [InlineData("""{"query":{"obj":"ect"}}""")]
    [InlineData("""{"query":0}""")]
    [InlineData("""{"query":"{ __typename }","variables":"{}"}""")]
    [InlineData("""{"query":"{ __typename }","extensions":[1]}""")]
    [InlineData("""{"query":"{ __typename }","operationName":5}""")]
    [InlineData("""{"qeury":"{ __typename }"}""")]
    [InlineData("""[{"query":"{ __typename }"}]""")]
    public async Task Bad_parameters_are_400_even_with_application_json(string body)
    {
        var response = await _server.PostJsonAsync(body, "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("application/json; charset=utf-8", response.ContentType);
        Assert.Equal("BAD_REQUEST", response.FirstErrorCode);
    }

    [Fact]
    public async Task Empty_body_is_400()
    {
        var response = await _server.PostJsonAsync("", "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
    }

    [Fact]
    public async Task Subscriptions_are_refused_over_http_with_a_clear_error()
    {
        var response = await _server.PostAsync("subscription { ticks(count: 1) }");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("Subscriptions are served over WebSocket (graphql-transport-ws), not over HTTP.", response.FirstErrorMessage);
    }

    [Fact]
    public async Task Other_methods_get_405_with_the_allowed_methods()
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, _server.GraphQLUri) { Content = new StringContent("{}", Encoding.UTF8, "application/json") };

        var response = await _server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("GET, POST", string.Join(", ", response.Content.Headers.Allow));
    }

    [Fact]
    public async Task Body_over_the_size_limit_is_refused_with_413()
    {
        var big = new string('a', 300 * 1024);
        using var request = new HttpRequestMessage(HttpMethod.Post, _server.GraphQLUri)
        {
            Content = new StringContent($$"""{"query":"{ echo(message: \"{{big}}\") }"}""", Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };

        var response = await _server.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal("REQUEST_TOO_LARGE", response.FirstErrorCode);
    }
}
