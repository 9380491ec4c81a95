using System.Collections.Concurrent;
using Goals.Api.Tests.Realtime.Redis;
using Goals.Api.Tests.Support;
using Goals.Storage.Abstractions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Quartz;

namespace Goals.Api.Tests.Scheduling;

/// <summary>
/// One replica of the real host with its own running Quartz scheduler, on a database folder shared with other
/// replicas. Its clock is the one the test moves; Quartz's own triggers stay on wall time (first fire an hour away),
/// so the test fires the jobs through this replica's scheduler when it chooses.
/// </summary>
public sealed class SchedulerReplica(string sharedDirectory, string instanceId, IClock clock)
    : GoalsApiFactory(realSockets: false, sharedDirectory)
{
    public string InstanceId => instanceId;

    /// <summary>This replica's lease attempts as its JobRunner made them: each fire either runs or finds the lease held.</summary>
    public LeaseAttempts Leases { get; private set; } = null!;

    public JobExecutions Executions { get; } = new();

    public IScheduler Scheduler { get; private set; } = null!;

    /// <summary>Starts the host (its hosted services start the scheduler) and waits until the scheduler runs.</summary>
    public async Task StartAsync()
    {
        Scheduler = await Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        Scheduler.ListenerManager.AddJobListener(Executions, GroupMatcher<JobKey>.AnyGroup());
        await Eventually.TrueAsync(() => Scheduler.Status == SchedulerStatus.Running, $"{instanceId}'s scheduler never started");
    }

    /// <summary>Fires <paramref name="job"/> now through Quartz, as its trigger would.</summary>
    public Task FireAsync(string job) => Scheduler.TriggerJob(new JobKey(job)).AsTask();

    public Task WaitForExecutionsAsync(string job, int count) =>
        Eventually.TrueAsync(() => Executions.Count(job) >= count, $"{instanceId} did not finish run {count} of {job} in time");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Jobs:Enabled", "true");
        builder.UseSetting("Jobs:InstanceId", instanceId);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(clock);
            // The store decorated, not replaced: every call still goes to the replica's real SQLite job store.
            var store = services.Last(service => service.ServiceType == typeof(IJobStore));
            services.AddSingleton<IJobStore>(provider => Leases = new LeaseAttempts(
                (IJobStore)ActivatorUtilities.CreateInstance(provider, store.ImplementationType!)));
        });
    }
}

/// <summary>Every job execution one scheduler completed, with the error Quartz caught if the job threw.</summary>
public sealed class JobExecutions : IJobListener
{
    private readonly ConcurrentQueue<(string Job, JobExecutionException? Error)> _runs = new();

    public string Name => "test-executions";

    public int Count(string job) => _runs.Count(run => run.Job == job);

    public IReadOnlyList<string> Errors => [.. _runs.Where(run => run.Error is not null).Select(run => $"{run.Job}: {run.Error}")];

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => default;

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => default;

    public ValueTask JobWasExecuted(
        IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        _runs.Enqueue((context.JobDetail.Key.Name, jobException));
        return default;
    }
}

/// <summary>Counts one replica's lease attempts per job and outcome, and forwards every call to the real store.</summary>
public sealed class LeaseAttempts(IJobStore store) : IJobStore
{
    private readonly ConcurrentQueue<(string Job, bool Acquired)> _attempts = new();

    public int Count(string job, bool acquired) => _attempts.Count(attempt => attempt.Job == job && attempt.Acquired == acquired);

    public async Task<bool> TryAcquireLeaseAsync(string name, string owner, Duration ttl, CancellationToken cancellationToken)
    {
        var acquired = await store.TryAcquireLeaseAsync(name, owner, ttl, cancellationToken);
        _attempts.Enqueue((name, acquired));
        return acquired;
    }

    public Task<bool> RenewLeaseAsync(string name, string owner, Duration ttl, CancellationToken cancellationToken) =>
        store.RenewLeaseAsync(name, owner, ttl, cancellationToken);

    public Task<bool> ReleaseLeaseAsync(string name, string owner, CancellationToken cancellationToken) =>
        store.ReleaseLeaseAsync(name, owner, cancellationToken);

    public Task<string?> GetCheckpointAsync(string job, string scope, CancellationToken cancellationToken) =>
        store.GetCheckpointAsync(job, scope, cancellationToken);

    public Task SetCheckpointAsync(string job, string scope, string value, CancellationToken cancellationToken) =>
        store.SetCheckpointAsync(job, scope, value, cancellationToken);
}

/// <summary>The one clock all replicas read; the test sets it, like wall time moving between sweeps.</summary>
public sealed class SharedClock(Instant start) : IClock
{
    private long _ticks = start.ToUnixTimeTicks();

    public Instant Now
    {
        get => GetCurrentInstant();
        set => Interlocked.Exchange(ref _ticks, value.ToUnixTimeTicks());
    }

    public Instant GetCurrentInstant() => Instant.FromUnixTimeTicks(Interlocked.Read(ref _ticks));
}
