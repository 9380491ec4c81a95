using Goals.Server.Tests.TestHost;

namespace Goals.Server.Tests.Http;

[Collection(SharedServerDefinition.Name)]
public sealed class GetTests(ServerFixture fixture)
{
    private readonly TestServer _server = fixture.Server;

    [Fact]
    public async Task Get_with_url_encoded_parameters_executes_a_query()
    {
        var query = GraphQLClient.Encode("query E($m: String!) { echo(message: $m) }");
        var variables = GraphQLClient.Encode("""{"m":"from GET"}""");

        var response = await _server.GetAsync($"?query={query}&variables={variables}&operationName=E");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/graphql-response+json; charset=utf-8", response.ContentType);
        Assert.Equal("""{"echo":"from GET"}""", response.Data!.ToJson());
    }

    [Fact]
    public async Task Mutation_over_get_is_405_with_allow_post()
    {
        var query = GraphQLClient.Encode("mutation { addBook(input: {title: \"X\", authorId: \"a1\"}) { book { title } } }");

        var response = await _server.GetAsync($"?query={query}");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal("POST", string.Join(",", response.Raw.Content.Headers.Allow));
        Assert.Equal("METHOD_NOT_ALLOWED", response.FirstErrorCode);
        Assert.False(response.HasDataKey);
    }

    [Fact]
    public async Task Mutation_over_get_is_405_with_application_json_too()
    {
        var response = await _server.GetAsync($"?query={GraphQLClient.Encode("mutation { __typename }")}", "application/json");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal("application/json; charset=utf-8", response.ContentType);
    }

    [Fact]
    public async Task Get_with_variables_that_are_not_json_is_400()
    {
        var response = await _server.GetAsync("?query=%7B__typename%7D&variables=%7Bnope", "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("The 'variables' parameter is not valid JSON.", response.FirstErrorMessage);
    }

    [Fact]
    public async Task Browser_navigation_without_a_query_gets_the_ide_page()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, _server.GraphQLUri);
        request.Headers.Add("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");

        var response = await _server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task With_the_ide_off_a_browser_navigation_is_plain_graphql_over_http()
    {
        await using var server = await TestServer.StartAsync(new Dictionary<string, string?> { ["GraphQL:EnableIde"] = "false" });
        using var request = new HttpRequestMessage(HttpMethod.Get, server.GraphQLUri);
        request.Headers.Add("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");

        var response = await server.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("application/json; charset=utf-8", response.ContentType);
        Assert.Equal("The request has no 'query' parameter.", response.FirstErrorMessage);
    }
}
