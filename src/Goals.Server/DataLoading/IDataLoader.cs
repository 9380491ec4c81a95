using GraphQL.DataLoader;

namespace Goals.Server.DataLoading;

/// <summary>Loads values by key; keys asked for during one execution step are fetched together in one batch.</summary>
public interface IDataLoader<in TKey, TValue>
    where TKey : notnull
{
    /// <summary>A pending value: GraphQL.NET collects these and resolves them after the current step, in one batch.</summary>
    IDataLoaderResult<TValue?> LoadAsync(TKey key);
}
