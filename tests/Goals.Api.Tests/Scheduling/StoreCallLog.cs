using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace Goals.Api.Tests.Scheduling;

/// <summary>The calls made on recorded ports, as "Port.Method".</summary>
public sealed class StoreCallLog
{
    private readonly ConcurrentQueue<string> _calls = new();

    /// <summary>The next call of this name fails with an <see cref="IOException"/> and does not reach the store.</summary>
    public string? FailNext { get; set; }

    public int Count(string call) => _calls.Count(made => made == call);

    public void Clear() => _calls.Clear();

    public void Record<TPort>(IServiceCollection services)
        where TPort : class
    {
        var inner = services.Last(descriptor => descriptor.ServiceType == typeof(TPort));
        services.Remove(inner);
        services.AddSingleton(provider =>
        {
            var target = inner switch
            {
                { ImplementationInstance: TPort instance } => instance,
                { ImplementationFactory: { } factory } => (TPort)factory(provider),
                _ => (TPort)ActivatorUtilities.CreateInstance(provider, inner.ImplementationType!),
            };
            var proxy = DispatchProxy.Create<TPort, RecordingProxy>();
            ((RecordingProxy)(object)proxy).Attach(target, typeof(TPort).Name, this);
            return proxy;
        });
    }

    /// <summary>Public and unsealed: <see cref="DispatchProxy"/> derives from it at run time.</summary>
    public class RecordingProxy : DispatchProxy
    {
        private object _target = null!;
        private string _port = string.Empty;
        private StoreCallLog _log = null!;

        internal void Attach(object target, string port, StoreCallLog log) => (_target, _port, _log) = (target, port, log);

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            ArgumentNullException.ThrowIfNull(targetMethod);
            var call = $"{_port}.{targetMethod.Name}";
            _log._calls.Enqueue(call);
            if (_log.FailNext == call && targetMethod.ReturnType == typeof(Task))
            {
                _log.FailNext = null;
                return Task.FromException(new IOException($"{call} failed: disk full"));
            }

            try
            {
                return targetMethod.Invoke(_target, args);
            }
            catch (TargetInvocationException error) when (error.InnerException is not null)
            {
                throw error.InnerException;
            }
        }
    }
}
