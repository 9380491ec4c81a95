using System.Diagnostics.Metrics;
using Goals.Api.GoalState;
using Microsoft.Extensions.DependencyInjection;

namespace Goals.Api.Tests.GoalState;

/// <summary>
/// Counts every engine run of one host for a request, for its fields and around its writes alike, read from the
/// instruments of the <see cref="GoalEngineMeter.MeterName"/> meter that the host's meter factory made.
/// </summary>
public sealed class EngineRunCounter : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _count;

    public EngineRunCounter(IServiceProvider hostServices)
    {
        var factory = hostServices.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, factory) && instrument.Meter.Name == GoalEngineMeter.MeterName
                && instrument.Name is GoalEngineMeter.EvaluationsCounter or GoalEngineMeter.WriteEvaluationsCounter)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _count, value));
        _listener.Start();
    }

    /// <summary>The runs since the last call (or since the counter started).</summary>
    public long Take() => Interlocked.Exchange(ref _count, 0);

    public void Dispose() => _listener.Dispose();
}
