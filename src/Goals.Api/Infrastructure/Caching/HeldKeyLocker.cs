using System.Collections.Concurrent;
using ZiggyCreatures.Caching.Fusion.Locking;

namespace Goals.Api.Infrastructure.Caching;

/// <summary>
/// The cache's per-key factory lock, kept only while someone holds or waits for it. FusionCache's standard locker
/// keeps a semaphore per key in a second memory cache for as long as that cache keeps it, outside the entries' size
/// bound: about 9 KB per user with 20 goals, and 210,002 semaphores at 10,000 users after the entries themselves had
/// been dropped. Here the number of locks is the number of keys being computed at this moment.
/// </summary>
/// <remarks>
/// One lock per key, not a fixed pool shared by hashing: a goal page's factory evaluates its goals through the same
/// cache, so a pooled lock could be taken twice by one caller on a collision and never come free.
/// </remarks>
public sealed class HeldKeyLocker : IFusionCacheMemoryLocker
{
    private readonly ConcurrentDictionary<string, KeyLock> _locks = new(StringComparer.Ordinal);

    /// <summary>Locks in use at this moment (held or waited for); for tests and diagnostics.</summary>
    public int Count => _locks.Count;

    public async ValueTask<object?> AcquireLockAsync(
        string cacheName, string cacheInstanceId, string operationId, string key, TimeSpan timeout, ILogger? logger,
        CancellationToken token)
    {
        var keyLock = Enter(key);
        var acquired = false;
        try
        {
            acquired = await keyLock.Gate.WaitAsync(timeout, token);
            return acquired ? keyLock : null;
        }
        finally
        {
            if (!acquired)
            {
                Leave(key, keyLock);
            }
        }
    }

    public object? AcquireLock(
        string cacheName, string cacheInstanceId, string operationId, string key, TimeSpan timeout, ILogger? logger,
        CancellationToken token)
    {
        var keyLock = Enter(key);
        var acquired = false;
        try
        {
            acquired = keyLock.Gate.Wait(timeout, token);
            return acquired ? keyLock : null;
        }
        finally
        {
            if (!acquired)
            {
                Leave(key, keyLock);
            }
        }
    }

    public void ReleaseLock(
        string cacheName, string cacheInstanceId, string operationId, string key, object? lockObj, ILogger? logger)
    {
        if (lockObj is KeyLock keyLock)
        {
            keyLock.Gate.Release();
            Leave(key, keyLock);
        }
    }

    public void Dispose()
    {
        // Nothing to let go: a SemaphoreSlim only needs disposing once its wait handle was asked for, never here.
    }

    private KeyLock Enter(string key)
    {
        while (true)
        {
            var keyLock = _locks.GetOrAdd(key, static _ => new KeyLock());
            lock (keyLock)
            {
                if (keyLock.Users >= 0)
                {
                    keyLock.Users++;
                    return keyLock;
                }
            }

            // Retired by its last user, who is taking it out of the map: wait for that and add a fresh one.
            Thread.Yield();
        }
    }

    private void Leave(string key, KeyLock keyLock)
    {
        lock (keyLock)
        {
            if (--keyLock.Users > 0)
            {
                return;
            }

            keyLock.Users = KeyLock.Retired;
        }

        _locks.TryRemove(new KeyValuePair<string, KeyLock>(key, keyLock));
    }

    private sealed class KeyLock
    {
        public const int Retired = -1;

        public SemaphoreSlim Gate { get; } = new(1, 1);

        /// <summary>Holders and waiters; <see cref="Retired"/> once the last one left and it is leaving the map.</summary>
        public int Users { get; set; }
    }
}
