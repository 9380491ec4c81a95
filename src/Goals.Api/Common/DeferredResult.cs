using GraphQL.DataLoader;

namespace Goals.Api.Common;

/// <summary>
/// A field value computed from DataLoader values: returning it (instead of awaiting the loaders inside the resolver)
/// lets GraphQL.NET collect the keys of every field at this level before the first batch is fetched.
/// </summary>
public sealed class DeferredResult<T>(Func<CancellationToken, Task<T>> compute) : IDataLoaderResult<T>
{
    public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => compute(cancellationToken);

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
        await compute(cancellationToken);
}
