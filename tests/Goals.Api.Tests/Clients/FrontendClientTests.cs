using Goals.Api.Tests.Support;
using Goals.Server.Tests.Compat;
using Goals.Server.Tests.WebSockets;
using Xunit.Abstractions;

namespace Goals.Api.Tests.Clients;

/// <summary>
/// The browser-side GraphQL clients of docs/clients.md, each run by node from tests/compat against the real Goals host
/// on a loopback port: Apollo Client 4, urql with its defaults, graphql-codegen's client preset with tsc, and
/// relay-compiler. Locally they skip with an install hint when node or the packages are missing; under CI=true they fail.
/// </summary>
public sealed class FrontendClientTests(KestrelApiFactory factory, ITestOutputHelper output) : IClassFixture<KestrelApiFactory>
{
    [SkippableFact]
    public async Task Apollo_client_reads_error_unions_with_generated_possible_types_pages_and_subscribes()
    {
        CompatScripts.RequireNode("@apollo/client");

        var stdout = await RunAsync("apollo-client.mjs", "--token", factory.TokenFor("apollo-user"));

        Assert.Contains("ok   error union: ... on Error { message } is read through the cache", stdout, StringComparison.Ordinal);
        Assert.Contains("ok   relayStylePagination pages the goals with fetchMore", stdout, StringComparison.Ordinal);
        Assert.Contains("ok   a subscription through GraphQLWsLink sees a logged activity", stdout, StringComparison.Ordinal);
    }

    /// <summary>Runs once the served schema has HotChocolate-style filters (a GoalFilterInput with operation inputs).</summary>
    [SkippableFact]
    public async Task Apollo_relay_style_pagination_keeps_where_and_order_variants_apart()
    {
        CompatScripts.RequireNode("@apollo/client");
        var sdl = await ServedSdlAsync();
        Skip.IfNot(ServedSchema.HasOperationFilters(sdl),
            "the served schema has no GoalFilterInput with operation inputs (title: StringOperationFilterInput) yet");

        var stdout = await RunAsync("apollo-client.mjs", "--token", factory.TokenFor("apollo-filter-user"), "--filters");

        Assert.Contains("ok   relayStylePagination keeps where/order variants apart", stdout, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Urql_with_default_options_queries_by_get_and_mutates_by_post()
    {
        CompatScripts.RequireNode("@urql/core");

        var stdout = await RunAsync("urql-client.mjs", "--token", factory.TokenFor("urql-user"));

        Assert.Contains("ok   a query goes by GET without a preflight header and is answered", stdout, StringComparison.Ordinal);
        Assert.Contains("ok   a created goal shows in the next GET query", stdout, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Graphql_codegen_client_preset_types_from_the_served_schema_compile_with_tsc()
    {
        CompatScripts.RequireNode("@graphql-codegen/client-preset");

        var stdout = await RunAsync("codegen-client.mjs");

        Assert.Contains("ok   tsc --strict compiled the generated types and their consumer", stdout, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Relay_compiler_compiles_a_connection_fragment_on_goal()
    {
        CompatScripts.RequireNode("relay-compiler");

        var stdout = await RunAsync("relay-client.mjs");

        Assert.Contains("ok   artifacts hold the connection metadata and a refetch query through node(id:)", stdout, StringComparison.Ordinal);
    }

    private async Task<string> RunAsync(string script, params string[] arguments)
    {
        using var http = factory.CreateClient();
        var url = new Uri(http.BaseAddress!, "/graphql").ToString().TrimEnd('/');
        var (exitCode, stdout) = await ExternalTools.RunAsync("node", [script, "--url", url, .. arguments], CompatScripts.Directory,
            TimeSpan.FromMinutes(3));
        output.WriteLine(stdout);
        Assert.True(exitCode == 0, $"{script} failed:\n{stdout}");
        return stdout;
    }

    private async Task<string> ServedSdlAsync()
    {
        using var http = factory.CreateClient();
        return await http.GetStringAsync(new Uri("/graphql/schema.graphql", UriKind.Relative));
    }
}
