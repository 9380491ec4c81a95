using System.Collections.Concurrent;
using Goals.Server.DataLoading;
using Goals.Storage.Abstractions;

namespace Goals.Api.GoalState;

/// <summary>A goal of one owner: goals and excusals are read per user, so the key carries both.</summary>
public readonly record struct OwnedGoal(string OwnerId, string GoalId);

/// <summary>
/// The facts of every goal a request resolves, read through <see cref="GoalStateReader"/> in one batch per owner
/// (one request has one owner): the owner once, then all their goals' day totals and excusals in one call each.
/// </summary>
public sealed class GoalFactsLoader(GoalStateReader state, IUserStore users) : BatchDataLoader<GoalRecord, GoalFacts>
{
    private readonly ConcurrentDictionary<string, UserRecord> _owners = new(StringComparer.Ordinal);

    /// <summary>An owner this execution has already read: the batch uses it as it is.</summary>
    public void Know(UserRecord user)
    {
        ArgumentNullException.ThrowIfNull(user);
        _owners[user.Id] = user;
    }

    protected override async Task<IReadOnlyDictionary<GoalRecord, GoalFacts>> LoadBatchAsync(
        IReadOnlyList<GoalRecord> keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<GoalRecord, GoalFacts>();
        foreach (var owner in keys.GroupBy(goal => goal.OwnerId, StringComparer.Ordinal))
        {
            var user = _owners.TryGetValue(owner.Key, out var known)
                ? known
                : await users.GetOrCreateAsync(owner.Key, cancellationToken);
            var facts = await state.ReadManyAsync([.. owner], user.Settings, cancellationToken);
            foreach (var goalFacts in facts)
                found[goalFacts.Goal] = goalFacts;
        }

        return found;
    }
}
