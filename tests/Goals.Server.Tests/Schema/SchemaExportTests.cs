using Goals.Server.Schema;
using Goals.Server.Tests.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Goals.Server.Tests.Schema;

[Collection(SharedServerDefinition.Name)]
public sealed class SchemaExportTests(ServerFixture fixture)
{
    private readonly TestServer _server = fixture.Server;

    [Fact]
    public async Task Sdl_is_served_on_query_sdl_and_schema_graphql_identically()
    {
        var viaQuery = await _server.Client.GetAsync(new Uri(_server.GraphQLUri + "?sdl"));
        var viaFile = await _server.Client.GetAsync(new Uri(_server.BaseAddress, "/graphql/schema.graphql"));

        Assert.Equal("text/plain; charset=utf-8", viaQuery.Content.Headers.ContentType!.ToString());
        Assert.Equal(await viaQuery.Content.ReadAsStringAsync(), await viaFile.Content.ReadAsStringAsync());
    }

    [Fact]
    public void Printed_schema_has_the_relay_and_mutation_convention_types_with_descriptions()
    {
        var sdl = _server.Services.GetRequiredService<ISchemaExporter>().Print();

        Assert.Contains("interface Node {", sdl, StringComparison.Ordinal);
        Assert.Contains("type Book implements Node {", sdl, StringComparison.Ordinal);
        Assert.Contains("type BookConnection {", sdl, StringComparison.Ordinal);
        Assert.Contains("type BookEdge {", sdl, StringComparison.Ordinal);
        Assert.Contains("type PageInfo {", sdl, StringComparison.Ordinal);
        Assert.Contains("interface Error {", sdl, StringComparison.Ordinal);
        Assert.Contains("union AddBookError = DuplicateTitleError | UnknownAuthorError", sdl, StringComparison.Ordinal);
        Assert.Contains("errors: [AddBookError!]", sdl, StringComparison.Ordinal);
        Assert.Contains("addBook(input: AddBookInput!): AddBookPayload!", sdl, StringComparison.Ordinal);
        Assert.Contains("\"A book in the test library.\"", sdl, StringComparison.Ordinal);
        Assert.EndsWith("}\n", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_writes_the_printed_schema_to_a_file()
    {
        var exporter = _server.Services.GetRequiredService<ISchemaExporter>();
        var path = Path.Combine(Path.GetTempPath(), $"schema-{Guid.NewGuid():N}", "schema.graphql");

        await exporter.ExportAsync(path, CancellationToken.None);

        Assert.Equal(exporter.Print(), await File.ReadAllTextAsync(path));
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
    }

    [Fact]
    public async Task Sdl_is_not_published_when_introspection_is_off()
    {
        await using var server = await TestServer.StartAsync(new Dictionary<string, string?> { ["GraphQL:Introspection"] = "false" });

        var response = await server.Client.GetAsync(new Uri(server.GraphQLUri + "?sdl"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
