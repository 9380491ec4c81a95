using NodaTime;

namespace Goals.Storage.Tests.Contract;

public abstract partial class StoreContract
{
    [SkippableFact]
    public async Task A_lease_is_exclusive_until_it_expires_and_can_then_be_taken_over()
    {
        var lease = "close-day-" + Guid.NewGuid().ToString("N");
        var ttl = Duration.FromMinutes(1);

        Assert.True(await Store.Jobs.TryAcquireLeaseAsync(lease, "replica-a", ttl, None));
        Assert.False(await Store.Jobs.TryAcquireLeaseAsync(lease, "replica-b", ttl, None));
        Assert.True(await Store.Jobs.TryAcquireLeaseAsync(lease, "replica-a", ttl, None));
        Tick(59);
        Assert.False(await Store.Jobs.TryAcquireLeaseAsync(lease, "replica-b", ttl, None));
        Tick(1);
        Assert.True(await Store.Jobs.TryAcquireLeaseAsync(lease, "replica-b", ttl, None));

        Assert.False(await Store.Jobs.RenewLeaseAsync(lease, "replica-a", ttl, None));
        Assert.False(await Store.Jobs.ReleaseLeaseAsync(lease, "replica-a", None));
        Assert.True(await Store.Jobs.RenewLeaseAsync(lease, "replica-b", ttl, None));
    }

    [SkippableFact]
    public async Task Renewing_extends_a_lease_and_releasing_frees_it()
    {
        var lease = "reminders-" + Guid.NewGuid().ToString("N");
        var ttl = Duration.FromMinutes(1);
        Assert.True(await Store.Jobs.TryAcquireLeaseAsync(lease, "a", ttl, None));
        Tick(50);

        Assert.True(await Store.Jobs.RenewLeaseAsync(lease, "a", ttl, None));
        Tick(50);
        Assert.False(await Store.Jobs.TryAcquireLeaseAsync(lease, "b", ttl, None));
        Assert.True(await Store.Jobs.ReleaseLeaseAsync(lease, "a", None));
        Assert.True(await Store.Jobs.TryAcquireLeaseAsync(lease, "b", ttl, None));
        Tick(60);
        Assert.False(await Store.Jobs.RenewLeaseAsync(lease, "b", ttl, None));
    }

    [SkippableFact]
    public async Task Only_one_of_many_concurrent_acquirers_gets_a_free_lease()
    {
        var lease = "snapshots-" + Guid.NewGuid().ToString("N");

        var won = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() =>
            Store.Jobs.TryAcquireLeaseAsync(lease, $"replica-{i}", Duration.FromMinutes(5), None))));

        Assert.Single(won, acquired => acquired);
    }

    [SkippableFact]
    public async Task Checkpoints_are_kept_per_job_and_scope_and_overwritten()
    {
        var job = "close-day-" + Guid.NewGuid().ToString("N");

        Assert.Null(await Store.Jobs.GetCheckpointAsync(job, "Europe/Berlin", None));
        await Store.Jobs.SetCheckpointAsync(job, "Europe/Berlin", "2026-11-23", None);
        await Store.Jobs.SetCheckpointAsync(job, "Asia/Tokyo", "2026-11-24", None);
        await Store.Jobs.SetCheckpointAsync(job, "Europe/Berlin", "2026-11-24", None);

        Assert.Equal("2026-11-24", await Store.Jobs.GetCheckpointAsync(job, "Europe/Berlin", None));
        Assert.Equal("2026-11-24", await Store.Jobs.GetCheckpointAsync(job, "Asia/Tokyo", None));
        Assert.Null(await Store.Jobs.GetCheckpointAsync(job + "x", "Asia/Tokyo", None));
    }
}
