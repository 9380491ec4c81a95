using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;

namespace Goals.Server.DataLoading;

/// <summary>
/// The DataLoaders of one execution: each loader type is created once (its dependencies come from the request's
/// services) and shared by every field of that execution.
/// </summary>
public sealed class DataLoaderScope(IServiceProvider services)
{
    private readonly ConcurrentDictionary<Type, object> _loaders = new();

    public TLoader Get<TLoader>()
        where TLoader : class =>
        (TLoader)_loaders.GetOrAdd(typeof(TLoader), type => ActivatorUtilities.CreateInstance(services, type));

    /// <summary>
    /// Forgets every loader and its cache. A subscription is one long execution: its event resolver calls this so
    /// each event reads fresh data instead of what the previous event cached.
    /// </summary>
    public void Clear() => _loaders.Clear();
}
