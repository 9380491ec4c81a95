using Goals.Api.Infrastructure.Caching;
using ZiggyCreatures.Caching.Fusion;

namespace Goals.Api.Tests.Infrastructure;

/// <summary>
/// The cache's factory lock: still one factory per key at a time, nested keys never wait on each other, and no lock
/// outlives its holders and waiters, however many keys were computed.
/// </summary>
public sealed class HeldKeyLockerTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    private readonly HeldKeyLocker _locker = new();
    private readonly FusionCache _cache;

    public HeldKeyLockerTests() => _cache = new FusionCache(new FusionCacheOptions(), memoryLocker: _locker);

    [Fact]
    public async Task Concurrent_callers_of_one_missing_key_run_its_factory_once_and_leave_no_lock_behind()
    {
        var gate = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var runs = 0;
        var callers = Enumerable.Range(0, 50).Select(_ => _cache.GetOrSetAsync<int>("page", async _ =>
        {
            Interlocked.Increment(ref runs);
            return await gate.Task;
        }).AsTask()).ToList();

        await WaitUntil(() => _locker.Count == 1 && runs == 1);
        gate.SetResult(42);

        Assert.All(await Task.WhenAll(callers).WaitAsync(Bound), value => Assert.Equal(42, value));
        Assert.Equal(1, runs);
        Assert.Equal(0, _locker.Count);
    }

    [Fact]
    public async Task Ten_thousand_keys_computed_keep_no_lock()
    {
        for (var i = 0; i < 10_000; i++)
        {
            await _cache.GetOrSetAsync($"goal:{i}", _ => Task.FromResult(i));
        }

        Assert.Equal(0, _locker.Count);
    }

    [Fact]
    public async Task A_factory_that_reads_other_keys_of_the_same_cache_completes()
    {
        var page = await _cache.GetOrSetAsync("page", async cancellationToken =>
        {
            var sum = 0;
            for (var i = 0; i < 100; i++)
            {
                sum += await _cache.GetOrSetAsync($"goal:{i}", _ => Task.FromResult(1), token: cancellationToken);
            }

            return sum;
        }).AsTask().WaitAsync(Bound);

        Assert.Equal(100, page);
        Assert.Equal(0, _locker.Count);
    }

    [Fact]
    public async Task A_waiter_that_times_out_or_gives_up_leaves_nothing_behind()
    {
        var held = await _locker.AcquireLockAsync("c", "i", "op1", "key", Timeout.InfiniteTimeSpan, null, default);
        Assert.NotNull(held);

        var timedOut = await _locker.AcquireLockAsync("c", "i", "op2", "key", TimeSpan.FromMilliseconds(1), null, default);
        Assert.Null(timedOut);
        using var giveUp = new CancellationTokenSource();
        var waiting = _locker.AcquireLockAsync("c", "i", "op3", "key", Timeout.InfiniteTimeSpan, null, giveUp.Token).AsTask();
        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(Bound));
        Assert.Equal(1, _locker.Count);

        _locker.ReleaseLock("c", "i", "op1", "key", held, null);
        Assert.Equal(0, _locker.Count);
        var again = _locker.AcquireLock("c", "i", "op4", "key", TimeSpan.Zero, null, default);
        Assert.NotNull(again);
        _locker.ReleaseLock("c", "i", "op4", "key", again, null);
        Assert.Equal(0, _locker.Count);
    }

    public void Dispose() => _cache.Dispose();

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Bound;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition did not hold within the bound");
            await Task.Delay(5);
        }
    }
}
