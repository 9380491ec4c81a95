using System.Globalization;
using Goals.Api.Infrastructure.Caching;
using Goals.Paging;
using Goals.Storage.Abstractions;
using Microsoft.Extensions.Options;
using ZiggyCreatures.Caching.Fusion;

namespace Goals.Api.Goals;

/// <summary>
/// Pages of a user's goal list, kept in the goal-state cache under the user's goals version (ADR 0163): every write
/// to any of their goals, activities or excused days moves it, so a kept page is never older than the user record
/// its reader has just read (ADR 0164). The key also names the user's creation (a deleted and re-created account
/// starts counting again) and everything that shapes the page: filter, order, size and cursors.
/// </summary>
public sealed class GoalListCache(IFusionCache cache, IGoalStore goals, IOptions<CacheOptions> options, CacheMetrics counted)
{
    private readonly FusionCacheEntryOptions _entry = CacheEntries.Versioned(options.Value, options.Value.GoalListDuration);

    public async Task<Page<GoalRecord>> ListAsync(
        UserRecord user, ListFilter filter, IReadOnlyList<GoalSort> sorts, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!options.Value.Enabled)
            return await goals.ListAsync(user.Id, filter, sorts, page, cancellationToken);
        var computed = false;
        var listed = await cache.GetOrSetAsync<Page<GoalRecord>>(
            Key(user, filter, sorts, page),
            async (_, token) =>
            {
                var read = await goals.ListAsync(user.Id, filter, sorts, page, token);
                computed = true;
                return read;
            },
            _entry,
            cancellationToken);
        counted.Count(computed);
        return listed;
    }

    private static string Key(UserRecord user, ListFilter filter, IReadOnlyList<GoalSort> sorts, PageRequest page) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{CacheEntries.KeyPrefix}goals:{user.Id.Length}:{user.Id}:{user.CreatedAt.ToUnixTimeTicks()}:{user.GoalsVersion}:" +
            $"{(filter.IsNone ? "-" : filter.Fingerprint())}:{string.Join(',', sorts.Select(sort => $"{sort.Field}.{sort.Direction}"))}:" +
            $"{page.Size}:{page.FromEnd}:{page.After?.Length}:{page.After}:{page.Before}");
}
