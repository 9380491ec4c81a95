using Goals.Server.Tests.TestHost;

namespace Goals.Server.Tests.Limits;

/// <summary>
/// Introspection lists that lead back to types (<c>interfaces</c> ↔ <c>possibleTypes</c>) multiply the answer by the
/// size of the schema at each level: eight cycles in 295 bytes built hundreds of megabytes where introspection is on.
/// </summary>
[Collection(SharedServerDefinition.Name)]
public sealed class CircularIntrospectionTests(ServerFixture fixture)
{
    [Fact]
    public async Task Circular_introspection_through_interfaces_and_possible_types_is_refused_with_max_depth_exceeded()
    {
        var response = await fixture.Server.PostAsync(HostileDocuments.CircularIntrospection(8));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("MAX_DEPTH_EXCEEDED", response.FirstErrorCode);
        Assert.Equal(
            "The operation nests the introspection lists fields, inputFields, interfaces and possibleTypes 16 deep; the maximum is 2.",
            response.FirstErrorMessage);
    }

    [Fact]
    public async Task Circular_introspection_hidden_in_fragments_is_refused_too()
    {
        const string Query = """
            { __schema { types { ...Out } } }
            fragment Out on __Type { interfaces { ...In } }
            fragment In on __Type { possibleTypes { fields { name } } }
            """;

        var response = await fixture.Server.PostAsync(Query);

        Assert.Equal("MAX_DEPTH_EXCEEDED", response.FirstErrorCode);
        Assert.EndsWith("3 deep; the maximum is 2.", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Introspection_nesting_two_lists_still_runs()
    {
        var response = await fixture.Server.PostAsync("{ __type(name: \"Node\") { possibleTypes { name fields { name } } } }");

        Assert.Null(response.Errors);
        Assert.Contains("Book", response.Data!["__type"]!["possibleTypes"]!.AsArray().Select(type => type!["name"]!.GetValue<string>()));
    }
}
