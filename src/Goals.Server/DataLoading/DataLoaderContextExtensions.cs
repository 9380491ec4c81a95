using Goals.Server.Execution;
using GraphQL;

namespace Goals.Server.DataLoading;

/// <summary>Resolver access to the execution's loaders: <c>context.DataLoader&lt;AuthorByIdLoader&gt;().LoadAsync(id)</c>.</summary>
public static class DataLoaderContextExtensions
{
    public static TLoader DataLoader<TLoader>(this IResolveFieldContext context)
        where TLoader : class
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.UserContext is GraphQLUserContext userContext
            ? userContext.DataLoaders.Get<TLoader>()
            : throw new InvalidOperationException("DataLoaders need an execution started by IGraphQLRequestExecutor.");
    }

    /// <summary>Starts a subscription event with empty DataLoader caches (see <see cref="DataLoaderScope.Clear"/>).</summary>
    public static void ClearDataLoaders(this IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        (context.UserContext as GraphQLUserContext)?.DataLoaders.Clear();
    }
}
