using Goals.Server.Tests.TestHost;
using Xunit.Abstractions;

namespace Goals.Server.Tests.Compat;

/// <summary>Runs the npm graphql-http audit (the GraphQL-over-HTTP spec checks) against the real server.</summary>
[Collection(SharedServerDefinition.Name)]
public sealed class GraphQLHttpAuditTests(ServerFixture fixture, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Graphql_http_audit_passes_every_must_and_should()
    {
        var compat = Path.Combine(RepositoryRoot(), "tests", "compat");
        var ready = ExternalTools.HasNode() && Directory.Exists(Path.Combine(compat, "node_modules", "graphql-http"));
        if (!ready && ExternalTools.IsCi)
            Assert.Fail("node and tests/compat/node_modules are required in CI: run npm ci in tests/compat");
        Skip.IfNot(ready, "node or tests/compat/node_modules is missing: install node, then run npm ci in tests/compat");

        var (exitCode, stdout) = await ExternalTools.RunAsync("node", ["audit.mjs", fixture.Server.GraphQLUri.ToString()], compat);

        output.WriteLine(stdout);
        Assert.True(exitCode == 0, $"graphql-http audit reported MUST/SHOULD failures:\n{stdout}");
        Assert.Contains("MUST   ok=", stdout, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Goals.sln")))
                return directory.FullName;
        }

        throw new InvalidOperationException("Goals.sln not found above " + AppContext.BaseDirectory);
    }
}
