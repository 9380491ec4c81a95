using Goals.Server.Tests.TestHost;

namespace Goals.Server.Tests.Limits;

/// <summary>Each directive is validated and evaluated; a document may carry at most 50.</summary>
[Collection(SharedServerDefinition.Name)]
public sealed class DirectiveLimitTests(ServerFixture fixture)
{
    [Fact]
    public async Task Directive_flood_is_refused_with_max_directives_exceeded()
    {
        var response = await fixture.Server.PostAsync(Repeated(51));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("MAX_DIRECTIVES_EXCEEDED", response.FirstErrorCode);
        Assert.Equal("The document uses 51 directives; the maximum is 50.", response.FirstErrorMessage);
    }

    [Fact]
    public async Task Fifty_directives_pass_and_those_on_spreads_and_in_fragments_count()
    {
        var passed = await fixture.Server.PostAsync(Repeated(50));
        var counted = await fixture.Server.PostAsync($"query {{ ...F @include(if: true) }} fragment F on Query {Repeated(50)}");

        Assert.Equal("""{"__typename":"Query"}""", passed.Data!.ToJson());
        Assert.Equal("The document uses 51 directives; the maximum is 50.", counted.FirstErrorMessage);
    }

    // { __typename @include(if: true) __typename @include(if: true) … }: a directive may appear once per location.
    private static string Repeated(int count) =>
        "{" + string.Concat(Enumerable.Repeat("__typename @include(if: true) ", count)) + "}";
}
