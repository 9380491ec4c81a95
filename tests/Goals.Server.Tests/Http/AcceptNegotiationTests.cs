using Goals.Server.Http;
using Goals.Server.Tests.TestHost;

namespace Goals.Server.Tests.Http;

[Collection(SharedServerDefinition.Name)]
public sealed class AcceptNegotiationTests(ServerFixture fixture)
{
    private readonly TestServer _server = fixture.Server;

    [Theory]
    [InlineData(null, "application/json; charset=utf-8")]
    [InlineData("*/*", "application/json; charset=utf-8")]
    [InlineData("application/json", "application/json; charset=utf-8")]
    [InlineData("application/graphql-response+json", "application/graphql-response+json; charset=utf-8")]
    [InlineData("Application/JSON", "application/json; charset=utf-8")]
    [InlineData("APPLICATION/GRAPHQL-RESPONSE+JSON", "application/graphql-response+json; charset=utf-8")]
    [InlineData("application/json, multipart/mixed", "application/json; charset=utf-8")]
    [InlineData("application/json;q=0.9, application/graphql-response+json", "application/graphql-response+json; charset=utf-8")]
    [InlineData("application/graphql-response+json;q=0.5, application/json;q=0.8", "application/json; charset=utf-8")]
    [InlineData("application/graphql-response+json, application/json;q=0.9", "application/graphql-response+json; charset=utf-8")]
    [InlineData("text/plain, */*;q=0.1", "application/json; charset=utf-8")]
    public async Task Response_media_type_follows_accept_with_q_values(string? accept, string expected)
    {
        var response = await _server.PostJsonAsync("""{"query":"{ __typename }"}""", accept);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(expected, response.ContentType);
    }

    [Fact]
    public async Task Accept_listing_no_supported_type_is_406()
    {
        var response = await _server.PostJsonAsync("""{"query":"{ __typename }"}""", "text/csv");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.Status);
        Assert.Equal("NOT_ACCEPTABLE", response.FirstErrorCode);
    }

    [Fact]
    public void A_zero_q_value_excludes_a_type()
    {
        Assert.Equal("application/json", GraphQLMediaTypes.Negotiate(["application/graphql-response+json;q=0, application/json"]));
    }
}
