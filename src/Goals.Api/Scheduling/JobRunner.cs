using System.Diagnostics;
using System.Diagnostics.Metrics;
using Goals.Storage.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Goals.Api.Scheduling;

/// <summary>
/// Runs a job body under the store's lease (so one replica works at a time and a crashed one's lease expires), and
/// records each run: name, duration, users processed, result.
/// </summary>
public sealed partial class JobRunner(IJobStore jobs, IOptions<JobsOptions> options, ILogger<JobRunner> logger)
{
    private static readonly Meter Meter = new("Goals.Jobs");
    private static readonly Counter<long> Runs = Meter.CreateCounter<long>("goals_job_runs");
    public const string DurationInstrument = "goals_job_duration";

    private static readonly Histogram<double> Durations = Meter.CreateHistogram<double>(DurationInstrument, "s");
    private static readonly Counter<long> Users = Meter.CreateCounter<long>("goals_job_users_processed");

    private readonly string _owner = options.Value.InstanceId ?? $"{Environment.MachineName}:{Environment.ProcessId}";

    public string Owner => _owner;

    public async Task<JobRunResult> RunAsync(
        string job, Func<CancellationToken, Task<JobRunResult>> body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        var ttl = Duration.FromSeconds(options.Value.LeaseSeconds);
        if (!await jobs.TryAcquireLeaseAsync(job, _owner, ttl, cancellationToken))
        {
            LogSkipped(job, _owner);
            Runs.Add(1, new KeyValuePair<string, object?>("job", job), new("result", "skipped"));
            return new JobRunResult(job, 0, 0, Skipped: true);
        }

        var started = Stopwatch.GetTimestamp();
        var outcome = "failed";
        try
        {
            var result = await body(cancellationToken);
            outcome = "ok";
            Users.Add(result.UsersProcessed, new KeyValuePair<string, object?>("job", job));
            LogRan(job, Stopwatch.GetElapsedTime(started).TotalMilliseconds, result.UsersProcessed, result.Written, outcome);
            return result;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogFailed(error, job, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
        finally
        {
            Durations.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("job", job));
            Runs.Add(1, new KeyValuePair<string, object?>("job", job), new("result", outcome));
            await jobs.ReleaseLeaseAsync(job, _owner, CancellationToken.None);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Job} skipped: lease held elsewhere (this replica: {Owner})")]
    private partial void LogSkipped(string job, string owner);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Job {Job} ran in {DurationMs} ms: {UsersProcessed} users, {Written} writes, result {Result}")]
    private partial void LogRan(string job, double durationMs, int usersProcessed, int written, string result);

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {Job} failed after {DurationMs} ms")]
    private partial void LogFailed(Exception error, string job, double durationMs);
}
