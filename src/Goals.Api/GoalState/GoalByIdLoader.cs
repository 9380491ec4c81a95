using Goals.Server.DataLoading;
using Goals.Storage.Abstractions;

namespace Goals.Api.GoalState;

/// <summary>The goals of many activities in one store call per owner (activities of a page share few goals).</summary>
public sealed class GoalByIdLoader(IGoalStore goals) : BatchDataLoader<OwnedGoal, GoalRecord>
{
    protected override async Task<IReadOnlyDictionary<OwnedGoal, GoalRecord>> LoadBatchAsync(
        IReadOnlyList<OwnedGoal> keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<OwnedGoal, GoalRecord>();
        foreach (var owner in keys.GroupBy(key => key.OwnerId, StringComparer.Ordinal))
        {
            var byId = await goals.GetManyAsync(owner.Key, [.. owner.Select(key => key.GoalId)], cancellationToken);
            foreach (var key in owner)
            {
                if (byId.TryGetValue(key.GoalId, out var goal))
                {
                    found[key] = goal;
                }
            }
        }

        return found;
    }
}
