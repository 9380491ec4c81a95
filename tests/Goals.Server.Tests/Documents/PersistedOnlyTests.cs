using Goals.Server.Documents;
using Goals.Server.Tests.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Goals.Server.Tests.Documents;

public sealed class PersistedOnlyTests : IAsyncLifetime
{
    private const string Trusted = "{ echo(message: \"trusted\") }";
    private TestServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await TestServer.StartAsync(new Dictionary<string, string?> { ["GraphQL:Documents:PersistedOnly"] = "true" });
        _server.Services.GetRequiredService<IPersistedDocumentStore>().Trust(Trusted);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Ad_hoc_document_is_refused()
    {
        var response = await _server.PostAsync("{ echo(message: \"ad hoc\") }");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("PERSISTED_QUERY_ONLY", response.FirstErrorCode);
    }

    [Fact]
    public async Task Registering_a_new_document_through_apq_is_refused()
    {
        const string query = "{ echo(message: \"sneaky\") }";

        var response = await _server.PostAsync(query,
            extensions: new { persistedQuery = new { version = 1, sha256Hash = DocumentHash.Of(query) } });

        Assert.Equal("PERSISTED_QUERY_ONLY", response.FirstErrorCode);
    }

    [Fact]
    public async Task Trusted_document_runs_by_hash()
    {
        var response = await _server.PostAsync(null!,
            extensions: new { persistedQuery = new { version = 1, sha256Hash = DocumentHash.Of(Trusted) } });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("""{"echo":"trusted"}""", response.Data!.ToJson());
    }

    [Fact]
    public async Task Trusted_document_runs_when_sent_in_full()
    {
        var response = await _server.PostAsync(Trusted);

        Assert.Equal("""{"echo":"trusted"}""", response.Data!.ToJson());
    }
}

public sealed class TrustedDocumentsDirectoryTests
{
    [Fact]
    public async Task Graphql_files_in_the_trusted_directory_are_the_documents_persisted_only_mode_runs()
    {
        var directory = Directory.CreateTempSubdirectory("trusted-");
        const string query = "query Shipped { echo(message: \"shipped\") }";
        await File.WriteAllTextAsync(Path.Combine(directory.FullName, "shipped.graphql"), query);
        try
        {
            await using var server = await TestServer.StartAsync(new Dictionary<string, string?>
            {
                ["GraphQL:Documents:PersistedOnly"] = "true",
                ["GraphQL:Documents:TrustedDocumentsDirectory"] = directory.FullName,
            });

            var byHash = await server.PostAsync(null!, extensions: new { persistedQuery = new { version = 1, sha256Hash = DocumentHash.Of(query) } });
            var other = await server.PostAsync("{ echo(message: \"other\") }");

            Assert.Equal("""{"echo":"shipped"}""", byHash.Data!.ToJson());
            Assert.Equal("PERSISTED_QUERY_ONLY", other.FirstErrorCode);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
