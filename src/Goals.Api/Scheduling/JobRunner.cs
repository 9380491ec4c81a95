using System.Diagnostics.Metrics;
using Goals.Storage.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Goals.Api.Scheduling;

/// <summary>
/// Runs a job body under the store's lease (so one replica works at a time and a crashed one's lease expires), keeps
/// the lease renewed while the body runs, up to <c>Jobs:MaxRunMinutes</c>, and records each run: name, duration, users
/// processed, result.
/// </summary>
public sealed partial class JobRunner(
    IJobStore jobs, IOptions<JobsOptions> options, TimeProvider time, ILogger<JobRunner> logger)
{
    public const string RunsInstrument = "goals_job_runs";
    public const string DurationInstrument = "goals_job_duration";

    private static readonly Meter Meter = new("Goals.Jobs");
    private static readonly Counter<long> Runs = Meter.CreateCounter<long>(RunsInstrument);
    private static readonly Histogram<double> Durations = Meter.CreateHistogram<double>(DurationInstrument, "s");
    private static readonly Counter<long> Users = Meter.CreateCounter<long>("goals_job_users_processed");

    // When a job last finished a run here, so an alert can tell a day close that stopped finishing from one that is slow.
    private static readonly Gauge<long> LastSuccess = Meter.CreateGauge<long>("goals_job_last_success_timestamp", "s");

    private readonly string _owner = options.Value.InstanceId ?? $"{Environment.MachineName}:{Environment.ProcessId}";

    public string Owner => _owner;

    public async Task<JobRunResult> RunAsync(
        string job, Func<CancellationToken, Task<JobRunResult>> body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        var settings = options.Value;
        var terms = new LeaseTerms(
            job, _owner, Duration.FromSeconds(settings.LeaseSeconds), TimeSpan.FromMinutes(settings.MaxRunMinutes));
        if (!await jobs.TryAcquireLeaseAsync(job, _owner, terms.Ttl, cancellationToken))
        {
            LogSkipped(job, _owner);
            Runs.Add(1, new KeyValuePair<string, object?>("job", job), new("result", "skipped"));
            return new JobRunResult(job, 0, 0, Skipped: true);
        }

        var started = time.GetTimestamp();
        var outcome = "failed";
        var lease = new HeldLease(jobs, terms, time, logger, cancellationToken);
        try
        {
            var result = await RunBodyAsync(job, body, lease, cancellationToken);
            outcome = Outcome(result.Stopped);
            if (result.Stopped == JobStop.None)
            {
                LastSuccess.Record(time.GetUtcNow().ToUnixTimeSeconds(), new KeyValuePair<string, object?>("job", job));
            }

            Users.Add(result.UsersProcessed, new KeyValuePair<string, object?>("job", job));
            LogRan(job, time.GetElapsedTime(started).TotalMilliseconds, result.UsersProcessed, result.Written, result.UsersFailed, outcome);
            return result;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogFailed(error, job, time.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
        finally
        {
            // Renewals end before the release, so none can run after it.
            await lease.DisposeAsync();
            Durations.Record(time.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("job", job));
            Runs.Add(1, new KeyValuePair<string, object?>("job", job), new("result", outcome));
            // A lost lease may be another replica's by now: only the owner filter would protect it, so don't try.
            if (outcome != Outcome(JobStop.LeaseLost))
            {
                await jobs.ReleaseLeaseAsync(job, _owner, CancellationToken.None);
            }
        }
    }

    /// <summary>The result tag of a run: ok, or why the runner stopped it.</summary>
    public static string Outcome(JobStop stop) => stop switch
    {
        JobStop.LeaseLost => "lease-lost",
        JobStop.TimedOut => "timed-out",
        _ => "ok",
    };

    // A body stopped by the runner reports what it had counted if it returned, nothing if it threw; its writes are
    // keyed and checkpointed, so the next run continues from where it got to.
    private static async Task<JobRunResult> RunBodyAsync(
        string job, Func<CancellationToken, Task<JobRunResult>> body, HeldLease lease, CancellationToken cancellationToken)
    {
        try
        {
            var result = await body(lease.Token);
            return result with { Stopped = lease.Stop };
        }
        catch (OperationCanceledException) when (lease.Stop is not JobStop.None && !cancellationToken.IsCancellationRequested)
        {
            return new JobRunResult(job, 0, 0, Stopped: lease.Stop);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Job} skipped: lease held elsewhere (this replica: {Owner})")]
    private partial void LogSkipped(string job, string owner);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Job {Job} ran in {DurationMs} ms: {UsersProcessed} users, {Written} writes, {UsersFailed} users failed, result {Result}")]
    private partial void LogRan(string job, double durationMs, int usersProcessed, int written, int usersFailed, string result);

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {Job} failed after {DurationMs} ms")]
    private partial void LogFailed(Exception error, string job, double durationMs);
}
