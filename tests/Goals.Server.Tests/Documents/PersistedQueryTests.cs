using System.Net;
using Goals.Server.Documents;
using Goals.Server.Tests.TestHost;

namespace Goals.Server.Tests.Documents;

/// <summary>Automatic Persisted Queries as Apollo Client speaks them: miss, register, hit, mismatch, GET.</summary>
[Collection(SharedServerDefinition.Name)]
public sealed class PersistedQueryTests(ServerFixture fixture)
{
    private TestServer Server => fixture.Server;

    [Fact]
    public async Task An_unknown_hash_without_a_query_answers_persisted_query_not_found()
    {
        var response = await Server.PostAsync(null!, extensions: Apq(DocumentHash.Of("{ echo(message: \"never sent\") }")));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", response.FirstErrorCode);
        Assert.Equal("PersistedQueryNotFound", response.FirstErrorMessage);
        Assert.False(response.HasDataKey);
    }

    [Fact]
    public async Task A_query_sent_with_its_hash_is_registered_and_then_runs_from_the_hash_alone()
    {
        const string query = "{ echo(message: \"persisted\") }";

        var registered = await Server.PostAsync(query, extensions: Apq(DocumentHash.Of(query)));
        var byHash = await Server.PostAsync(null!, extensions: Apq(DocumentHash.Of(query)));

        Assert.Equal("""{"echo":"persisted"}""", registered.Data!.ToJsonString());
        Assert.Equal("""{"echo":"persisted"}""", byHash.Data!.ToJsonString());
    }

    [Fact]
    public async Task A_registered_hash_also_runs_over_get()
    {
        const string query = "{ echo(message: \"over get\") }";
        await Server.PostAsync(query, extensions: Apq(DocumentHash.Of(query)));
        var extensions = System.Text.Json.JsonSerializer.Serialize(Apq(DocumentHash.Of(query)));

        var response = await Server.GetAsync("?extensions=" + GraphQLClient.Encode(extensions));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("""{"echo":"over get"}""", response.Data!.ToJsonString());
    }

    [Fact]
    public async Task A_hash_that_does_not_match_the_query_is_refused_and_nothing_is_registered()
    {
        const string query = "{ echo(message: \"honest\") }";
        var wrongHash = DocumentHash.Of("{ echo(message: \"something else\") }");

        var response = await Server.PostAsync(query, extensions: Apq(wrongHash));
        var afterwards = await Server.PostAsync(null!, extensions: Apq(wrongHash));

        Assert.Equal("PERSISTED_QUERY_HASH_MISMATCH", response.FirstErrorCode);
        Assert.False(response.HasDataKey);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", afterwards.FirstErrorCode);
    }

    private static object Apq(string hash) => new { persistedQuery = new { version = 1, sha256Hash = hash } };
}
