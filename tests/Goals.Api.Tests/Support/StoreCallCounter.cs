using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace Goals.Api.Tests.Support;

/// <summary>
/// Counts every call the application makes on the wrapped store ports, by "Interface.Method", and can make one chosen
/// call fail as a full disk would.
/// </summary>
public sealed class StoreCallCounter
{
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Call, object?[] Arguments)> _arguments = new();

    /// <summary>The next call of this name ("Interface.Method") fails with an <see cref="IOException"/> and does not reach the store.</summary>
    public string? FailNext { get; set; }

    /// <summary>
    /// Every call with this user id among its arguments fails with an <see cref="OverflowException"/>, as one user's
    /// bad stored data once made the engine fail; other users' calls go through.
    /// </summary>
    public string? PoisonedUser { get; set; }

    public int Total => _calls.Values.Sum();

    public int Count(string call) => _calls.GetValueOrDefault(call);

    public IReadOnlyDictionary<string, int> Snapshot() => new Dictionary<string, int>(_calls, StringComparer.Ordinal);

    /// <summary>The arguments of every call of this name since the last reset, in order.</summary>
    public IReadOnlyList<object?[]> ArgumentsOf(string call) =>
        [.. _arguments.Where(entry => entry.Call == call).Select(entry => entry.Arguments)];

    public void Reset()
    {
        _calls.Clear();
        _arguments.Clear();
    }

    /// <summary>
    /// Replaces the registered <typeparamref name="TStore"/> by a counting proxy around the same implementation; the
    /// counter is the <see cref="StoreCallCounter"/> registered in the container.
    /// </summary>
    public static void Decorate<TStore>(IServiceCollection services)
        where TStore : class
    {
        var original = services.Last(descriptor => descriptor.ServiceType == typeof(TStore));
        services.Remove(original);
        services.AddSingleton(provider =>
        {
            var inner = original.ImplementationType is { } type
                ? (TStore)ActivatorUtilities.CreateInstance(provider, type)
                : (TStore)(original.ImplementationInstance ?? original.ImplementationFactory!(provider));
            var proxy = DispatchProxy.Create<TStore, CountingProxy<TStore>>();
            ((CountingProxy<TStore>)(object)proxy).Attach(inner, provider.GetRequiredService<StoreCallCounter>());
            return proxy;
        });
    }

    private void Count(string name, out bool fail)
    {
        _calls.AddOrUpdate(name, 1, (_, count) => count + 1);
        fail = FailNext == name;
        if (fail)
        {
            FailNext = null;
        }
    }

#pragma warning disable CA1852 // DispatchProxy.Create needs an unsealed proxy type
    private class CountingProxy<TStore> : DispatchProxy
#pragma warning restore CA1852
    {
        private TStore _inner = default!;
        private StoreCallCounter _counter = default!;

        public void Attach(TStore inner, StoreCallCounter counter) => (_inner, _counter) = (inner, counter);

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            ArgumentNullException.ThrowIfNull(targetMethod);
            var call = $"{typeof(TStore).Name}.{targetMethod.Name}";
            _counter.Count(call, out var fail);
            _counter._arguments.Enqueue((call, args ?? []));
            if (_counter.PoisonedUser is { } user && args?.Any(arg => arg as string == user) == true)
            {
                throw new OverflowException($"{call} for {user}: Date computation would overflow the maximum year of the calendar");
            }

            if (fail && targetMethod.ReturnType == typeof(Task))
            {
                return Task.FromException(new IOException($"{call} failed: disk full"));
            }

            try
            {
                return targetMethod.Invoke(_inner, args);
            }
            catch (TargetInvocationException ex) when (ex.InnerException is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerException);
                throw;
            }
        }
    }
}
