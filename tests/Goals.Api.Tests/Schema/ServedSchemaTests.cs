using System.Net;
using Goals.Api.Tests.Contract;
using Goals.Api.Tests.Support;
using Goals.Server.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace Goals.Api.Tests.Schema;

public sealed class ServedSchemaTests(GoalsApiFactory factory) : IClassFixture<GoalsApiFactory>
{
    /// <summary>
    /// schema/schema.graphql is the reviewed copy of the served schema: any change to the schema shows up as a diff of
    /// that file. Re-export it with <c>dotnet run --project src/Goals.Api -- schema export --output schema/schema.graphql</c>.
    /// </summary>
    [Fact]
    public async Task The_served_schema_matches_the_exported_schema_file()
    {
        var served = factory.Services.GetRequiredService<ISchemaExporter>().Print();
        var exported = await File.ReadAllTextAsync(System.IO.Path.Combine(RepositoryRoot.Path, "schema", "schema.graphql"));

        Assert.True(served == exported, SchemaDiff.Describe(exported, served));
    }

    [Fact]
    public async Task The_served_schema_contains_the_whole_contract()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/graphql?sdl", UriKind.Relative));
        var served = await response.Content.ReadAsStringAsync();
        var contract = await File.ReadAllTextAsync(System.IO.Path.Combine(AppContext.BaseDirectory, "Contract", "api-contract.graphql"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(SchemaContract.Violations(contract, served));
    }
}
