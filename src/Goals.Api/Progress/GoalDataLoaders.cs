using Goals.Domain;
using Goals.Server.DataLoading;
using Goals.Storage.Abstractions;

namespace Goals.Api.Progress;

/// <summary>All day totals of many goals in one store call.</summary>
public sealed class DayTotalsByGoalLoader(IActivityStore activities) : BatchDataLoader<string, IReadOnlyList<DayTotal>>
{
    protected override Task<IReadOnlyDictionary<string, IReadOnlyList<DayTotal>>> LoadBatchAsync(
        IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        activities.GetDayTotalsAsync(keys, null, cancellationToken);
}

/// <summary>A goal of one owner: excusals are read per user, so the key carries both.</summary>
public readonly record struct OwnedGoal(string OwnerId, string GoalId);

/// <summary>Skips, pauses and vacations of many goals in one store call per owner (one owner per request).</summary>
public sealed class ExcusalsByGoalLoader(IExcusalStore excusals) : BatchDataLoader<OwnedGoal, GoalExcusals>
{
    protected override async Task<IReadOnlyDictionary<OwnedGoal, GoalExcusals>> LoadBatchAsync(
        IReadOnlyList<OwnedGoal> keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<OwnedGoal, GoalExcusals>();
        foreach (var owner in keys.GroupBy(key => key.OwnerId, StringComparer.Ordinal))
        {
            var byGoal = await excusals.GetForGoalsAsync(owner.Key, [.. owner.Select(key => key.GoalId)], cancellationToken);
            foreach (var key in owner)
                found[key] = byGoal.GetValueOrDefault(key.GoalId) ?? GoalExcusals.None;
        }

        return found;
    }
}

/// <summary>The owner's settings, read once per request however many goals need their calendar.</summary>
public sealed class UserByIdLoader(IUserStore users) : BatchDataLoader<string, UserRecord>
{
    protected override async Task<IReadOnlyDictionary<string, UserRecord>> LoadBatchAsync(
        IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, UserRecord>(StringComparer.Ordinal);
        foreach (var key in keys)
            found[key] = await users.GetOrCreateAsync(key, cancellationToken);
        return found;
    }
}
