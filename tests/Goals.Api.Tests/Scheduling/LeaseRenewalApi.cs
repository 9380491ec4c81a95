using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Threading.Channels;
using Goals.Api.Scheduling;
using Goals.Api.Tests.Support;
using Goals.Storage.Abstractions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace Goals.Api.Tests.Scheduling;

/// <summary>
/// The real host (scheduler off) whose job store reads <see cref="Clock"/>, a clock the test sets; runners are built
/// by hand around that store with a <see cref="FakeTimeProvider"/> for their renewal timer, so a test moves the
/// store's time and the runner's time separately (a stalled replica's timer does not fire while the store's time moves).
/// </summary>
public sealed class LeaseRenewalApi : GoalsApiFactory
{
    public static readonly Instant Start = Instant.FromUtc(2026, 11, 25, 3, 0);

    public SharedClock Clock { get; } = new(Start);

    public IJobStore Jobs => Services.GetRequiredService<IJobStore>();

    public static JobRunner Runner(IJobStore store, TimeProvider time, string owner, int leaseSeconds, int maxRunMinutes) =>
        new(store, Options.Create(new JobsOptions { InstanceId = owner, LeaseSeconds = leaseSeconds, MaxRunMinutes = maxRunMinutes }),
            time, NullLogger<JobRunner>.Instance);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Jobs:Enabled", "false");
        builder.ConfigureTestServices(services => services.AddSingleton<IClock>(Clock));
    }
}

/// <summary>Forwards to the real store and hands every renewal's answer to the test, in order; counts releases.</summary>
public sealed class RenewalLog(IJobStore store) : IJobStore
{
    private readonly Channel<bool> _renewals = Channel.CreateUnbounded<bool>();
    private int _releases;

    public int Releases => Volatile.Read(ref _releases);

    /// <summary>The next renewal's answer, once the runner's timer has made one (the timeout only guards a broken run).</summary>
    public async Task<bool> NextRenewalAsync()
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await _renewals.Reader.ReadAsync(guard.Token);
    }

    public Task<bool> TryAcquireLeaseAsync(string name, string owner, Duration ttl, CancellationToken cancellationToken) =>
        store.TryAcquireLeaseAsync(name, owner, ttl, cancellationToken);

    public async Task<bool> RenewLeaseAsync(string name, string owner, Duration ttl, CancellationToken cancellationToken)
    {
        var renewed = await store.RenewLeaseAsync(name, owner, ttl, cancellationToken);
        _renewals.Writer.TryWrite(renewed);
        return renewed;
    }

    public Task<bool> ReleaseLeaseAsync(string name, string owner, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _releases);
        return store.ReleaseLeaseAsync(name, owner, cancellationToken);
    }

    public Task<string?> GetCheckpointAsync(string job, string scope, CancellationToken cancellationToken) =>
        store.GetCheckpointAsync(job, scope, cancellationToken);

    public Task SetCheckpointAsync(string job, string scope, string value, CancellationToken cancellationToken) =>
        store.SetCheckpointAsync(job, scope, value, cancellationToken);
}

/// <summary>The result tag of every <c>goals_job_runs</c> measurement, per job, while it listens.</summary>
public sealed class JobRunResults : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<(string Job, string Result)> _runs = new();

    public JobRunResults()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "Goals.Jobs" && instrument.Name == JobRunner.RunsInstrument)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            string? job = null, result = null;
            foreach (var tag in tags)
            {
                (job, result) = tag.Key switch
                {
                    "job" => (tag.Value as string, result),
                    "result" => (job, tag.Value as string),
                    _ => (job, result),
                };
            }

            _runs.Enqueue((job!, result!));
        });
        _listener.Start();
    }

    public IReadOnlyList<string> For(string job) => [.. _runs.Where(run => run.Job == job).Select(run => run.Result)];

    public void Dispose() => _listener.Dispose();
}
