using Goals.Server.DataLoading;

namespace Goals.Server.Execution;

/// <summary>
/// What one execution carries besides its arguments: who asked and over what, and the DataLoaders whose batches
/// and caches live exactly as long as this execution (also on a long-lived WebSocket).
/// </summary>
public sealed class GraphQLUserContext(GraphQLRequestContext request) : Dictionary<string, object?>
{
    public GraphQLRequestContext Request { get; } = request;

    public DataLoaderScope DataLoaders { get; } = new(request.RequestServices);
}
