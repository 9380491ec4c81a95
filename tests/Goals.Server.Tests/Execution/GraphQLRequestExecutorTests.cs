using System.Security.Claims;
using Goals.Server.Execution;
using Goals.Server.Tests.TestHost;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace Goals.Server.Tests.Execution;

/// <summary>The executor as every transport calls it, without HTTP in between.</summary>
[Collection(SharedServerDefinition.Name)]
public sealed class GraphQLRequestExecutorTests(ServerFixture fixture)
{
    private readonly IGraphQLRequestExecutor _executor = fixture.Server.Services.GetRequiredService<IGraphQLRequestExecutor>();

    private GraphQLRequestContext Context(GraphQLTransportKind transport) =>
        new(new ClaimsPrincipal(), fixture.Server.Services, transport, "trace-1");

    [Fact]
    public async Task A_subscription_over_a_websocket_returns_its_stream()
    {
        var result = await _executor.ExecuteAsync(
            new GraphQLRequest("subscription { ticks(count: 2) }", null, null, null), Context(GraphQLTransportKind.WebSocket), CancellationToken.None);

        Assert.Null(result.Errors);
        Assert.Equal(["ticks"], result.Streams!.Keys);
    }

    [Fact]
    public async Task Variables_and_operation_name_reach_execution()
    {
        var result = await _executor.ExecuteAsync(
            new GraphQLRequest("query A { __typename } query B($m: String!) { echo(message: $m) }", "B",
                new Inputs(new Dictionary<string, object?> { ["m"] = "direct" }), null),
            Context(GraphQLTransportKind.WebSocket), CancellationToken.None);

        Assert.True(result.Executed);
        Assert.Equal("direct", ((IDictionary<string, object?>)((GraphQL.Execution.RootExecutionNode)result.Data!).ToValue()!)["echo"]);
    }

    [Fact]
    public async Task A_request_failure_is_a_result_with_a_coded_error_and_no_data()
    {
        var result = await _executor.ExecuteAsync(new GraphQLRequest("{", null, null, null), Context(GraphQLTransportKind.WebSocket), CancellationToken.None);

        Assert.False(result.Executed);
        Assert.Equal("GRAPHQL_PARSE_FAILED", Assert.Single(result.Errors!).Code);
    }
}
