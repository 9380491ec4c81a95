using Goals.Api.Scheduling;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace Goals.Api.Tests.Scheduling;

/// <summary>
/// <see cref="JobRunner"/> keeping, losing and giving up its lease, on the real SQLite job store. Time only moves when
/// the test moves it: the store's clock and the runner's timer each by the amount the test chooses.
/// </summary>
public sealed class LeaseRenewalTests(LeaseRenewalApi api) : IClassFixture<LeaseRenewalApi>, IDisposable
{
    private readonly string _job = "renewal-" + Guid.NewGuid().ToString("N");
    private readonly FakeTimeProvider _time = new(LeaseRenewalApi.Start.ToDateTimeOffset());
    private readonly RenewalLog _store = new(api.Jobs);
    private readonly JobRunResults _results = new();
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _bodyCancelled;

    [Fact]
    public async Task A_run_longer_than_its_lease_renews_it_so_no_other_replica_can_take_it()
    {
        api.Clock.Now = LeaseRenewalApi.Start;
        var finish = new TaskCompletionSource<JobRunResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        var run = Runner(leaseSeconds: 60, maxRunMinutes: 60).RunAsync(
            _job, token => { _started.SetResult(); return finish.Task.WaitAsync(token); }, CancellationToken.None);
        await _started.Task;

        var renewals = new List<bool>();
        for (var step = 0; step < 4; step++)
        {
            Advance(TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(20));
            renewals.Add(await _store.NextRenewalAsync());
        }

        // 80 s after the start: the first lease (60 s) would have expired 20 s ago.
        Assert.Equal([true, true, true, true], renewals);
        Assert.False(await api.Jobs.TryAcquireLeaseAsync(_job, "replica-b", Duration.FromSeconds(60), CancellationToken.None));

        finish.SetResult(new JobRunResult(_job, 7, 3));
        Assert.Equal(new JobRunResult(_job, 7, 3), await run);
        Assert.Equal(["ok"], _results.For(_job));
        Assert.Equal(1, _store.Releases);
        Assert.True(await api.Jobs.TryAcquireLeaseAsync(_job, "replica-b", Duration.FromSeconds(60), CancellationToken.None));
    }

    [Fact]
    public async Task A_lease_taken_over_during_the_run_cancels_the_body_and_leaves_the_new_owner_s_lease()
    {
        api.Clock.Now = LeaseRenewalApi.Start;
        var run = Runner(leaseSeconds: 60, maxRunMinutes: 60).RunAsync(_job, UntilCancelledAsync, CancellationToken.None);
        await _started.Task;

        // This replica stalls: the store's time passes the lease's expiry before its renewal timer fires.
        Advance(store: TimeSpan.FromSeconds(61), runner: TimeSpan.Zero);
        Assert.True(await api.Jobs.TryAcquireLeaseAsync(_job, "replica-b", Duration.FromSeconds(60), CancellationToken.None));
        Advance(store: TimeSpan.Zero, runner: TimeSpan.FromSeconds(20));

        Assert.False(await _store.NextRenewalAsync());
        Assert.Equal(new JobRunResult(_job, 0, 0, Stopped: JobStop.LeaseLost), await run);
        Assert.True(_bodyCancelled);
        Assert.Equal(["lease-lost"], _results.For(_job));
        Assert.Equal(0, _store.Releases);
        Assert.False(await api.Jobs.TryAcquireLeaseAsync(_job, "replica-c", Duration.FromSeconds(60), CancellationToken.None));
        Assert.True(await api.Jobs.RenewLeaseAsync(_job, "replica-b", Duration.FromSeconds(60), CancellationToken.None));
    }

    [Fact]
    public async Task A_body_that_never_finishes_is_cancelled_at_the_time_limit_and_the_lease_is_released()
    {
        api.Clock.Now = LeaseRenewalApi.Start;
        var run = Runner(leaseSeconds: 30, maxRunMinutes: 1).RunAsync(_job, UntilCancelledAsync, CancellationToken.None);
        await _started.Task;

        var renewals = new List<bool>();
        for (var step = 0; step < 5; step++)
        {
            Advance(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10));
            renewals.Add(await _store.NextRenewalAsync());
        }

        Assert.Equal([true, true, true, true, true], renewals);
        Assert.False(run.IsCompleted);
        Advance(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10));

        Assert.Equal(new JobRunResult(_job, 0, 0, Stopped: JobStop.TimedOut), await run);
        Assert.True(_bodyCancelled);
        Assert.Equal(["timed-out"], _results.For(_job));
        Assert.Equal(1, _store.Releases);
        // Renewed at 50 s for 30 s, yet free at 60 s: released, not left to expire.
        Assert.True(await api.Jobs.TryAcquireLeaseAsync(_job, "replica-b", Duration.FromSeconds(30), CancellationToken.None));
    }

    public void Dispose() => _results.Dispose();

    private JobRunner Runner(int leaseSeconds, int maxRunMinutes) =>
        LeaseRenewalApi.Runner(_store, _time, "replica-a", leaseSeconds, maxRunMinutes);

    private void Advance(TimeSpan store, TimeSpan runner)
    {
        api.Clock.Now += Duration.FromTimeSpan(store);
        _time.Advance(runner);
    }

    private async Task<JobRunResult> UntilCancelledAsync(CancellationToken cancellationToken)
    {
        _started.SetResult();
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            return new JobRunResult(_job, 1, 1);
        }
        catch (OperationCanceledException)
        {
            _bodyCancelled = true;
            throw;
        }
    }
}
