using System.Collections.Concurrent;
using Goals.Api.Common;
using Goals.Domain.Evaluation;
using Goals.Server.DataLoading;
using Goals.Storage.Abstractions;
using GraphQL;
using GraphQL.DataLoader;

namespace Goals.Api.GoalState;

/// <summary>
/// The evaluations now of every goal a request resolves, through <see cref="GoalStateCache"/>: the owner is read once
/// per batch (one request has one owner), hits cost no store call, and the misses are read together.
/// </summary>
public sealed class GoalEvaluationLoader(GoalStateCache cache, IUserStore users)
    : BatchDataLoader<GoalRecord, Task<GoalEvaluation?>>
{
    /// <summary>Defers like <see cref="GoalFacts.Load{TResult}"/>, then picks a part of the goal's evaluation now.</summary>
    public static IDataLoaderResult<TResult> Load<TResult>(
        IResolveFieldContext<GoalRecord> context, Func<GoalEvaluation, TResult> select)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(select);
        var goal = context.Source;
        var loader = context.DataLoader<GoalEvaluationLoader>();
        loader._facts ??= context.DataLoader<GoalFactsLoader>();
        var pending = loader.LoadAsync(goal);
        var logger = context.RequestServices!.GetRequiredService<ILogger<GoalEvaluations>>();
        return new SelectedEvaluation<TResult>(pending, goal, logger, select);
    }

    private readonly ConcurrentDictionary<string, UserRecord> _owners = new(StringComparer.Ordinal);

    // The execution's facts loader: when a field of the page wants whole facts (history, progress(asOf:)), misses are
    // read in its batch; otherwise from the goals' checkpoints.
    private GoalFactsLoader? _facts;

    /// <summary>An owner this execution has already read (the list's resolver did): the batch uses it as it is.</summary>
    public void Know(UserRecord user)
    {
        ArgumentNullException.ThrowIfNull(user);
        _owners[user.Id] = user;
    }

    protected override async Task<IReadOnlyDictionary<GoalRecord, Task<GoalEvaluation?>>> LoadBatchAsync(
        IReadOnlyList<GoalRecord> keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<GoalRecord, Task<GoalEvaluation?>>();
        foreach (var owner in keys.GroupBy(goal => goal.OwnerId, StringComparer.Ordinal))
        {
            var user = _owners.TryGetValue(owner.Key, out var known)
                ? known
                : await users.GetOrCreateAsync(owner.Key, cancellationToken);
            var owned = owner.ToList();
            var facts = _facts is { WholeFactsWanted: true } wanted ? wanted : null;
            facts?.Know(user);
            var evaluations = await cache.EvaluateManyAsync(owned, user, EngineCaller.Field, cancellationToken,
                facts is null ? null : missed => facts.ReadAsync(missed, cancellationToken));
            for (var i = 0; i < owned.Count; i++)
                found[owned[i]] = evaluations[i];
        }

        return found;
    }
}
