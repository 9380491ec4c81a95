using System.Net;
using Goals.Server.Tests.TestHost;

namespace Goals.Server.Tests.Limits;

/// <summary>An IDE reads the schema under the default limits; introspection still has a depth limit of its own.</summary>
public sealed class IntrospectionLimitTests : IAsyncLifetime
{
    // The shape of the query GraphiQL sends on load: TypeRef nests ofType seven times (depth 15 in all).
    private const string IdeIntrospection = """
        query IntrospectionQuery { __schema { queryType { name } mutationType { name } subscriptionType { name }
          types { ...FullType } directives { name description locations args { ...InputValue } } } }
        fragment FullType on __Type { kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue } interfaces { ...TypeRef } enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef } }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name
          ofType { kind name ofType { kind name ofType { kind name } } } } } } } }
        """;

    private TestServer _server = null!;

    public async Task InitializeAsync() => _server = await TestServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task The_IDE_introspection_query_passes_under_the_default_limits()
    {
        var response = await _server.PostAsync(IdeIntrospection);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Null(response.FirstErrorCode);
        Assert.Equal("Query", response.Data!["__schema"]!["queryType"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_full_graphql_js_introspection_query_passes_under_the_default_limits()
    {
        var query = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Resources", "introspection-query.graphql"));

        var response = await _server.PostAsync(query);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Null(response.Errors);
        var schema = response.Data!["__schema"]!;
        var include = schema["directives"]!.AsArray().Single(directive => directive!["name"]!.GetValue<string>() == "include")!;
        Assert.False(include["isRepeatable"]!.GetValue<bool>());
        Assert.Equal("if", include["args"]![0]!["name"]!.GetValue<string>());
        Assert.False(include["args"]![0]!["isDeprecated"]!.GetValue<bool>());
        var book = schema["types"]!.AsArray().Single(type => type!["name"]!.GetValue<string>() == "Book")!;
        Assert.Null(book["specifiedByURL"]);
    }

    [Fact]
    public async Task Introspection_nested_past_its_own_limit_is_refused()
    {
        var ofTypes = string.Concat(Enumerable.Repeat("ofType { ", 24)) + "name" + new string('}', 24);

        var response = await _server.PostAsync($"{{ __type(name: \"Book\") {{ fields {{ type {{ {ofTypes} }} }} }} }}");

        Assert.Equal("MAX_DEPTH_EXCEEDED", response.FirstErrorCode);
    }

    [Fact]
    public async Task Introspection_beside_ordinary_fields_keeps_the_ordinary_depth_limit()
    {
        var ofTypes = string.Concat(Enumerable.Repeat("ofType { ", 14)) + "name" + new string('}', 14);

        var response = await _server.PostAsync($"{{ books(first: 1) {{ nodes {{ title }} }} __type(name: \"Book\") {{ fields {{ type {{ {ofTypes} }} }} }} }}");

        Assert.Equal("MAX_DEPTH_EXCEEDED", response.FirstErrorCode);
    }
}
