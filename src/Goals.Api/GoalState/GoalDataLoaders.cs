using System.Collections.Concurrent;
using Goals.Server.DataLoading;
using Goals.Storage.Abstractions;
using GraphQL.DataLoader;

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

    /// <summary>
    /// Set once a field of the execution asked for whole facts (history, a past date): the evaluations now then join
    /// its batch (one read of every day) instead of reading from the goals' checkpoints in a second one.
    /// </summary>
    public bool WholeFactsWanted { get; private set; }

    /// <summary>Whole facts of this goal (every day total): for history and past dates.</summary>
    public IDataLoaderResult<GoalFacts?> LoadWhole(GoalRecord goal)
    {
        WholeFactsWanted = true;
        return LoadAsync(goal);
    }

    /// <summary>The facts of these goals, joining whatever batch the execution has pending.</summary>
    public async Task<IReadOnlyList<GoalFacts>> ReadAsync(IReadOnlyList<GoalRecord> goals, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(goals);
        var pending = goals.Select(LoadAsync).ToList();
        var facts = new List<GoalFacts>(pending.Count);
        foreach (var result in pending)
            facts.Add(await result.GetResultAsync(cancellationToken) ?? throw new InvalidOperationException("No facts were loaded."));
        return facts;
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
