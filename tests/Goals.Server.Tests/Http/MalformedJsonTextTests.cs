using System.Net.Http.Headers;
using Goals.Server.Tests.TestHost;

namespace Goals.Server.Tests.Http;

/// <summary>
/// JSON strings .NET cannot decode — an escaped surrogate without its pair, bytes that are not UTF-8 — failed the
/// request reader with HTTP 500, and Development printed the stack trace with source paths.
/// </summary>
public sealed class MalformedJsonTextTests : IAsyncLifetime
{
    private TestServer _server = null!;

    public async Task InitializeAsync() => _server = await TestServer.StartAsync(environment: "Development");

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("""{"query":"\ud800"}""", "query")]
    [InlineData("""{"query":"{ __typename }","operationName":"\ud800A"}""", "operationName")]
    [InlineData("""{"query":"{ __typename }","variables":{"a":"\udc00"}}""", "variables")]
    [InlineData("""{"query":"{ __typename }","variables":{"a":{"b":["\ud800"]}}}""", "variables")]
    [InlineData("""{"query":"{ __typename }","extensions":{"a":"\ud800"}}""", "extensions")]
    public async Task Lone_surrogate_escape_in_a_parameter_is_bad_request_without_a_stack_trace(string body, string parameter)
    {
        var response = await _server.PostJsonAsync(body);

        AssertBadText(response, parameter);
    }

    [Theory]
    [InlineData("7B227175657279223A227B205F5F747970656E616D6520FF7D227D", "query")] // {"query":"{ __typename \xFF}"}
    [InlineData("7B227175657279223A227B205F5F747970656E616D657D222C226F7065726174696F6E4E616D65223A22C328227D", "operationName")]
    [InlineData("7B227175657279223A227B205F5F747970656E616D657D222C227661726961626C6573223A7B2261223A22ED A080227D7D", "variables")]
    public async Task Invalid_utf8_in_a_parameter_is_bad_request_without_a_stack_trace(string hexBody, string parameter)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _server.GraphQLUri);
        request.Content = new ByteArrayContent(Convert.FromHexString(hexBody.Replace(" ", "", StringComparison.Ordinal)));
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");
        request.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json");

        var response = await _server.SendAsync(request);

        AssertBadText(response, parameter);
    }

    [Fact]
    public async Task Lone_surrogate_escape_in_get_variables_is_bad_request()
    {
        var response = await _server.GetAsync($"?query={GraphQLClient.Encode("{ __typename }")}&variables={GraphQLClient.Encode("""{"a":"\ud800"}""")}");

        AssertBadText(response, "variables");
    }

    private static void AssertBadText(GraphQLClient.Response response, string parameter)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("BAD_REQUEST", response.FirstErrorCode);
        Assert.Equal($"The '{parameter}' parameter holds invalid UTF-8 or an unpaired surrogate.", response.FirstErrorMessage);
        Assert.DoesNotContain("exception", response.Body!.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }
}
