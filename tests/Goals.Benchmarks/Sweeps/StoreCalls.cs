using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace Goals.Benchmarks.Sweeps;

/// <summary>Counts every call on the store ports and the time until each returned task completed.</summary>
internal sealed class StoreCalls
{
    private readonly ConcurrentDictionary<string, (int Calls, long Ticks)> _calls = new();

    public IReadOnlyDictionary<string, (int Calls, TimeSpan Time)> Snapshot() =>
        _calls.ToDictionary(entry => entry.Key, entry => (entry.Value.Calls, Stopwatch.GetElapsedTime(0, entry.Value.Ticks)));

    public void Reset() => _calls.Clear();

    public void Record(string method, long ticks) =>
        _calls.AddOrUpdate(method, (1, ticks), (_, value) => (value.Calls + 1, value.Ticks + ticks));

    /// <summary>Wraps the last registration of <typeparamref name="TPort"/> (the host's decorated store) in a counter.</summary>
    public void Wrap<TPort>(IServiceCollection services)
        where TPort : class
    {
        var inner = services.Last(descriptor => descriptor.ServiceType == typeof(TPort));
        services.Remove(inner);
        services.AddSingleton(provider =>
        {
            TPort target = inner switch
            {
                { ImplementationInstance: TPort instance } => instance,
                { ImplementationFactory: { } factory } => (TPort)factory(provider),
                _ => (TPort)ActivatorUtilities.CreateInstance(provider, inner.ImplementationType!),
            };
            var proxy = DispatchProxy.Create<TPort, CountingProxy>();
            ((CountingProxy)(object)proxy).Attach(target, typeof(TPort).Name, this);
            return proxy;
        });
    }

    /// <summary>Must be public and unsealed: <see cref="DispatchProxy"/> derives from it at run time.</summary>
#pragma warning disable CA1852
    public class CountingProxy : DispatchProxy
#pragma warning restore CA1852
    {
        private object _target = null!;
        private string _port = string.Empty;
        private StoreCalls _calls = null!;

        internal void Attach(object target, string port, StoreCalls calls) => (_target, _port, _calls) = (target, port, calls);

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            ArgumentNullException.ThrowIfNull(targetMethod);
            var name = $"{_port}.{targetMethod.Name}";
            var started = Stopwatch.GetTimestamp();
            object? result;
            try
            {
                result = targetMethod.Invoke(_target, args);
            }
            catch (TargetInvocationException error) when (error.InnerException is not null)
            {
                throw error.InnerException;
            }

            if (result is Task task)
            {
                task.ContinueWith(
                    _ => _calls.Record(name, Stopwatch.GetTimestamp() - started),
                    CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }
            else
            {
                _calls.Record(name, Stopwatch.GetTimestamp() - started);
            }

            return result;
        }
    }
}
