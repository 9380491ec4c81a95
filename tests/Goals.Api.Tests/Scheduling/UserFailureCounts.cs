using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Goals.Api.Scheduling;

namespace Goals.Api.Tests.Scheduling;

/// <summary>Sums the <c>goals_job_user_failures</c> measurements per job while it listens.</summary>
public sealed class UserFailureCounts : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, long> _failures = new(StringComparer.Ordinal);

    public UserFailureCounts()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "Goals.Jobs" && instrument.Name == UserSweep.UserFailuresInstrument)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "job" && tag.Value is string job)
                {
                    _failures.AddOrUpdate(job, value, (_, sum) => sum + value);
                }
            }
        });
        _listener.Start();
    }

    public long For(string job) => _failures.GetValueOrDefault(job);

    public void Dispose() => _listener.Dispose();
}
