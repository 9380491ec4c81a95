using Goals.Server.Execution;
using GraphQL;

namespace Goals.Server.Tests.WebSockets;

/// <summary>Stands in for the executor to provoke an unexpected server fault (close code 4500).</summary>
public sealed class AlwaysFailingExecutor : IGraphQLRequestExecutor
{
    public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, GraphQLRequestContext context, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The executor fails on purpose.");
}
