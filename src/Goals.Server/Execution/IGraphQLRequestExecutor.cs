using GraphQL;

namespace Goals.Server.Execution;

/// <summary>
/// The one door every transport goes through: document cache, persisted queries, limits, validation, execution and
/// error masking live behind it, so HTTP and WebSocket behave the same.
/// </summary>
public interface IGraphQLRequestExecutor
{
    /// <summary>
    /// Runs the request. For a subscription the result carries <see cref="ExecutionResult.Streams"/>; request-level
    /// failures come back as a result with errors (each with <c>extensions.code</c>) and no data.
    /// </summary>
    Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, GraphQLRequestContext context, CancellationToken cancellationToken);
}
