using Goals.Server.Documents;
using Goals.Server.Tests.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Goals.Server.Tests.Documents;

public sealed class DocumentCacheTests
{
    [Fact]
    public async Task A_valid_document_is_cached_once_and_an_invalid_one_never()
    {
        await using var server = await TestServer.StartAsync(new Dictionary<string, string?> { ["GraphQL:Documents:CacheSize"] = "2" });
        var cache = server.Services.GetRequiredService<DocumentCache>();

        await server.PostAsync("{ echo(message: \"one\") }");
        await server.PostAsync("{ echo(message: \"one\") }");
        await server.PostAsync("{ nope }");

        Assert.Equal(1, cache.Count);
        Assert.NotNull(cache.Find(DocumentHash.Of("{ echo(message: \"one\") }")));
        Assert.Null(cache.Find(DocumentHash.Of("{ nope }")));
    }

    [Fact]
    public async Task Cached_document_is_still_checked_against_the_transport()
    {
        await using var server = await TestServer.StartAsync();
        const string mutation = "mutation { addBook(input: {title: \"Cached\", authorId: \"a1\"}) { book { title } } }";

        var overPost = await server.PostAsync(mutation);
        var overGet = await server.GetAsync($"?query={GraphQLClient.Encode(mutation)}");

        Assert.Equal("""{"addBook":{"book":{"title":"Cached"}}}""", overPost.Data!.ToJson());
        Assert.Equal(HttpStatusCode.MethodNotAllowed, overGet.Status);
    }

    [Fact]
    public async Task Cached_document_is_still_cost_checked_with_new_variables()
    {
        await using var server = await TestServer.StartAsync(new Dictionary<string, string?>
        {
            ["GraphQL:Limits:MaxCost"] = "200",
            ["GraphQL:Limits:MaxPageSize"] = "1000",
        });
        const string query = "query B($n: Int) { books(first: $n) { edges { node { title author { name } } } } }";

        var cheap = await server.PostAsync(query, new { n = 2 });
        var costly = await server.PostAsync(query, new { n = 500 });

        Assert.Null(cheap.Errors);
        Assert.Equal("COST_LIMIT_EXCEEDED", costly.FirstErrorCode);
    }
}
