using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Api.Scheduling;

/// <summary>Why the runner stopped a run before its body finished by itself.</summary>
public enum JobStop
{
    None,

    /// <summary>A renewal found the lease gone: it expired (this replica stalled) or another replica took it over.</summary>
    LeaseLost,

    /// <summary>The run reached <c>Jobs:MaxRunMinutes</c>.</summary>
    TimedOut,
}

/// <summary>What a run under the lease is held to: the lease's name, owner and TTL, and the longest the run may take.</summary>
public sealed record LeaseTerms(string Job, string Owner, Duration Ttl, TimeSpan MaxRun);

/// <summary>
/// One run's lease while its body runs: renewed every third of its TTL, so a sweep longer than the TTL keeps it. The
/// body's token is cancelled when a renewal finds the lease lost or when the run reaches its time limit; either way
/// renewing stops, so even a body that ignores its token holds the lease at most one TTL past the limit.
/// </summary>
internal sealed partial class HeldLease : IAsyncDisposable
{
    private readonly IJobStore _jobs;
    private readonly LeaseTerms _terms;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _deadline;
    private readonly CancellationTokenSource _lost = new();
    private readonly CancellationTokenSource _body;
    private readonly Task _renewals;

    public HeldLease(IJobStore jobs, LeaseTerms terms, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        _jobs = jobs;
        _terms = terms;
        _logger = logger;
        _deadline = new CancellationTokenSource(terms.MaxRun, time);
        _body = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _deadline.Token, _lost.Token);
        _renewals = RenewAsync(new PeriodicTimer(terms.Ttl.ToTimeSpan() / 3, time));
    }

    /// <summary>The token the body runs with: the caller's, cancelled also on a lost lease or at the time limit.</summary>
    public CancellationToken Token => _body.Token;

    public JobStop Stop =>
        _lost.IsCancellationRequested ? JobStop.LeaseLost
        : _deadline.IsCancellationRequested ? JobStop.TimedOut
        : JobStop.None;

    /// <summary>Stops renewing (the body has returned) and waits for a renewal in flight to end.</summary>
    public async ValueTask DisposeAsync()
    {
        await _body.CancelAsync();
        await _renewals;
        _body.Dispose();
        _lost.Dispose();
        _deadline.Dispose();
    }

    private async Task RenewAsync(PeriodicTimer timer)
    {
        using (timer)
        {
            try
            {
                while (await timer.WaitForNextTickAsync(_body.Token))
                {
                    if (!await TryRenewAsync())
                    {
                        LogLeaseLost(_terms.Job, _terms.Owner);
                        await _lost.CancelAsync();
                        return;
                    }
                }
            }
            catch (OperationCanceledException) when (_body.IsCancellationRequested)
            {
                // The body ended or was stopped: there is nothing left to renew for.
            }
        }
    }

    // A failed store call is not a lost lease: the next tick tries again, and a lease that expired meanwhile is
    // then reported lost by the store itself.
    private async Task<bool> TryRenewAsync()
    {
        try
        {
            return await _jobs.RenewLeaseAsync(_terms.Job, _terms.Owner, _terms.Ttl, _body.Token);
        }
        catch (Exception error) when (!_body.IsCancellationRequested)
        {
            LogRenewalFailed(error, _terms.Job);
            return true;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Job {Job} lost its lease (this replica: {Owner}): it expired or another replica took it over; the run is cancelled")]
    private partial void LogLeaseLost(string job, string owner);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {Job}: renewing the lease failed; retrying at the next renewal")]
    private partial void LogRenewalFailed(Exception error, string job);
}
