using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;

namespace Goals.Server.DataLoading;

/// <summary>
/// The DataLoaders of one execution: each loader type is created once (its dependencies come from the request's
/// services) and shared by every field of that execution.
/// </summary>
public sealed class DataLoaderScope(IServiceProvider services)
{
    // Made on the first loader: most executions (a `me`, a mutation) use none, and every request has a scope.
    private ConcurrentDictionary<Type, object>? _loaders;

    public TLoader Get<TLoader>()
        where TLoader : class =>
        (TLoader)Loaders.GetOrAdd(typeof(TLoader), static (type, services) => ActivatorUtilities.CreateInstance(services, type), services);

    /// <summary>
    /// Forgets every loader and its cache. A subscription is one long execution: its event resolver calls this so
    /// each event reads fresh data instead of what the previous event cached.
    /// </summary>
    public void Clear() => _loaders?.Clear();

    private ConcurrentDictionary<Type, object> Loaders =>
        _loaders ?? Interlocked.CompareExchange(ref _loaders, new ConcurrentDictionary<Type, object>(), null) ?? _loaders;
}
