using Goals.Api.GoalState;
using System.Diagnostics.Metrics;
using Goals.Api.Progress;
using Microsoft.Extensions.DependencyInjection;

namespace Goals.Api.Tests.Progress;

/// <summary>
/// Counts the engine runs of one host, read from its <see cref="GoalEvaluations.EvaluationsCounter"/>; the meter's
/// scope (the host's meter factory) keeps other hosts in the same test run out.
/// </summary>
public sealed class EvaluationCounter : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _count;

    public EvaluationCounter(IServiceProvider hostServices)
    {
        var factory = hostServices.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, factory) && instrument.Meter.Name == GoalEvaluations.MeterName
                && instrument.Name == GoalEvaluations.EvaluationsCounter)
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
