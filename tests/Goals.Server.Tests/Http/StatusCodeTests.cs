using Goals.Server.Tests.TestHost;

namespace Goals.Server.Tests.Http;

/// <summary>The status code table of GraphQL over HTTP, for both response media types.</summary>
[Collection(SharedServerDefinition.Name)]
public sealed class StatusCodeTests(ServerFixture fixture)
{
    private const string Response = "application/graphql-response+json";
    private const string Json = "application/json";
    private readonly TestServer _server = fixture.Server;

    [Theory]
    [InlineData("{", Response, HttpStatusCode.BadRequest, "GRAPHQL_PARSE_FAILED")]
    [InlineData("{", Json, HttpStatusCode.OK, "GRAPHQL_PARSE_FAILED")]
    [InlineData("{ nope }", Response, HttpStatusCode.BadRequest, "GRAPHQL_VALIDATION_FAILED")]
    [InlineData("{ nope }", Json, HttpStatusCode.OK, "GRAPHQL_VALIDATION_FAILED")]
    [InlineData("query A { __typename } query B { __typename }", Response, HttpStatusCode.BadRequest, "OPERATION_NOT_FOUND")]
    [InlineData("query A { __typename } query B { __typename }", Json, HttpStatusCode.OK, "OPERATION_NOT_FOUND")]
    public async Task Request_errors_have_no_data_and_the_status_of_their_media_type(string query, string accept, HttpStatusCode status, string code)
    {
        var response = await _server.PostAsync(query, accept: accept);

        Assert.Equal(status, response.Status);
        Assert.Equal(code, response.FirstErrorCode);
        Assert.False(response.HasDataKey);
    }

    [Theory]
    [InlineData(Response, HttpStatusCode.BadRequest)]
    [InlineData(Json, HttpStatusCode.OK)]
    public async Task Variable_coercion_failure_is_400_or_200_by_media_type(string accept, HttpStatusCode status)
    {
        var response = await _server.PostAsync("query E($m: String!) { echo(message: $m) }", new { m = new[] { 1, 2 } }, accept: accept);

        Assert.Equal(status, response.Status);
        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
        Assert.False(response.HasDataKey);
    }

    [Fact]
    public async Task Parse_errors_carry_the_location()
    {
        var response = await _server.PostAsync("{ echo(message: ) }");

        Assert.Equal("""[{"line":1,"column":17}]""", response.Errors![0]!["locations"]!.ToJson());
        Assert.StartsWith("Syntax Error: ", response.FirstErrorMessage);
    }

    [Fact]
    public async Task A_field_error_keeps_data_and_status_200()
    {
        var response = await _server.PostAsync("{ echo(message: \"ok\") boom }");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("""{"echo":"ok","boom":null}""", response.Data!.ToJson());
        Assert.Equal("""["boom"]""", response.Errors![0]!["path"]!.ToJson());
    }

    [Fact]
    public async Task Unauthenticated_error_from_a_resolver_keeps_its_code()
    {
        var response = await _server.PostAsync("{ secret }");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("UNAUTHENTICATED", response.FirstErrorCode);
        Assert.Equal("Sign in to read this.", response.FirstErrorMessage);
    }
}
