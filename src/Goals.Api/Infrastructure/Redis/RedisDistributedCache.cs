using Microsoft.Extensions.Caching.Distributed;
using StackExchange.Redis;

namespace Goals.Api.Infrastructure.Redis;

/// <summary>
/// The cache's second level on the replica's one Redis connection (<see cref="RedisLink"/>): plain strings with an
/// expiry. Its failures surface as exceptions, which the cache turns into misses and a short break from Redis.
/// </summary>
/// <remarks>Sliding expiration is not offered: every entry of the goal-state cache has an absolute one.</remarks>
public sealed class RedisDistributedCache(RedisLink link) : IDistributedCache
{
    private IDatabase Database => link.Multiplexer.GetDatabase();

    public byte[]? Get(string key) => Database.StringGet(key);

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default) =>
        await Database.StringGetAsync(key).WaitAsync(token);

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) =>
        Database.StringSet(key, value, Expiry(options), When.Always);

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        Database.StringSetAsync(key, value, Expiry(options), When.Always).WaitAsync(token);

    public void Refresh(string key)
    {
    }

    public Task RefreshAsync(string key, CancellationToken token = default) => Task.CompletedTask;

    public void Remove(string key) => Database.KeyDelete(key);

    public Task RemoveAsync(string key, CancellationToken token = default) => Database.KeyDeleteAsync(key).WaitAsync(token);

    private static TimeSpan? Expiry(DistributedCacheEntryOptions options) =>
        options.AbsoluteExpirationRelativeToNow
        ?? (options.AbsoluteExpiration is { } at ? at - DateTimeOffset.UtcNow : options.SlidingExpiration);
}
