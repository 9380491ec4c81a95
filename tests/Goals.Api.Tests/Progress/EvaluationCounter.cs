using System.Diagnostics.Metrics;
using Goals.Api.GoalState;
using Microsoft.Extensions.DependencyInjection;

namespace Goals.Api.Tests.Progress;

/// <summary>
/// Counts the engine runs of one host, read from the instruments of its <see cref="GoalEngineMeter.MeterName"/>
/// meter: those for GraphQL fields, and with <c>includeWrites</c> those around writes too. The meter's scope (the
/// host's meter factory) keeps other hosts in the same test run out.
/// </summary>
public sealed class EvaluationCounter : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _count;

    public EvaluationCounter(IServiceProvider hostServices, bool includeWrites = false)
    {
        var factory = hostServices.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, factory) && instrument.Meter.Name == GoalEngineMeter.MeterName
                && (instrument.Name == GoalEngineMeter.EvaluationsCounter
                    || (includeWrites && instrument.Name == GoalEngineMeter.WriteEvaluationsCounter)))
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
