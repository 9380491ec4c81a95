using System.Diagnostics.Metrics;
using Goals.Api.Infrastructure.Caching;
using Goals.Domain.Calendar;
using Goals.Domain.Evaluation;
using Goals.Storage.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;
using ZiggyCreatures.Caching.Fusion;

namespace Goals.Api.GoalState;

/// <summary>Who asked for an evaluation: the GraphQL fields and the writes count their engine runs apart.</summary>
public enum EngineCaller { Field, Write }

/// <summary>
/// Goals' evaluations as of the owner's today, kept in memory and (with Redis) shared by every replica. An entry is
/// keyed by the goal's data version, the owner's data version and the owner's local date: every input of the engine
/// moves one of them (ADR 0135), so an entry can never outlive its inputs or its day on any replica, whether or not
/// any message about a write arrives (ADR 0164).
/// </summary>
/// <remarks>
/// Versions are read before the data they cover (the goal and the user first, then day totals and excusals) and are
/// moved with or after that data, so what is computed under a key is never older than the key says. The goals a
/// request misses are read from the store together (two calls whatever their number); concurrent requests for one
/// key wait for the single computation (subscribers of one goal share one run per event on a replica). A stored
/// checkpoint (ADR 0165) only changes how much of the inputs is read, never the answer, so it is not in the key.
/// </remarks>
public sealed class GoalStateCache(
    IFusionCache cache, GoalStateReader state, IOptions<CacheOptions> options, IMeterFactory meters, CacheMetrics counted)
{
    private readonly CacheMetrics _counted = counted;
    private readonly Counter<long> _fieldRuns = GoalEngineMeter.FieldRuns(meters);
    private readonly Counter<long> _writeRuns = GoalEngineMeter.WriteRuns(meters);
    private readonly FusionCacheEntryOptions _entry = CacheEntries.Versioned(options.Value, options.Value.ProgressDuration);

    /// <summary>
    /// The evaluations of goals of one owner now, in their order: each its own task, so one goal's failure stays its
    /// own. Null for a goal the engine cannot evaluate.
    /// </summary>
    /// <param name="readFacts">
    /// Reads the facts of the goals missed; by default <see cref="GoalStateReader.ReadForNowAsync"/> (from a goal's
    /// stored checkpoint, only its recent days). The fields pass their execution's <see cref="GoalFactsLoader"/> when
    /// a field on the page wants whole facts anyway, so misses join that batch instead of a second read.
    /// </param>
    public async Task<IReadOnlyList<Task<GoalEvaluation?>>> EvaluateManyAsync(
        IReadOnlyList<GoalRecord> owned, UserRecord user, EngineCaller caller, CancellationToken cancellationToken,
        Func<IReadOnlyList<GoalRecord>, Task<IReadOnlyList<GoalFacts>>>? readFacts = null)
    {
        ArgumentNullException.ThrowIfNull(owned);
        ArgumentNullException.ThrowIfNull(user);
        var today = state.Today(user.Settings);
        var todayText = IsoDateText.Format(today); // one for every key of the call
        var results = new Task<GoalEvaluation?>[owned.Count];
        var missed = new List<GoalRecord>();
        for (var i = 0; i < owned.Count; i++)
        {
            if (IsCacheable(owned[i])
                && await cache.TryGetAsync<GoalEvaluation>(Key(owned[i], user, todayText), token: cancellationToken) is { HasValue: true } hit)
            {
                _counted.Hit();
                results[i] = Task.FromResult<GoalEvaluation?>(hit.Value);
            }
            else
            {
                missed.Add(owned[i]); // counted by GetOrComputeAsync, which may still find it
            }
        }

        if (missed.Count == 0)
            return results;

        // One store read for every goal this request missed, started by the first computation that needs it. Facts
        // come back in the order asked, and one goal may be asked for as two records (two writes of one request).
        var facts = new Lazy<Task<Dictionary<GoalRecord, GoalFacts>>>(async () =>
        {
            var read = await (readFacts ?? (goals => state.ReadForNowAsync(goals, user.Settings, cancellationToken)))(missed);
            var byRecord = new Dictionary<GoalRecord, GoalFacts>(ReferenceEqualityComparer.Instance);
            for (var i = 0; i < missed.Count; i++)
                byRecord[missed[i]] = read[i];
            return byRecord;
        });
        for (var i = 0; i < owned.Count; i++)
        {
            if (results[i] is not null)
                continue;
            var goal = owned[i];
            results[i] = IsCacheable(goal)
                ? GetOrComputeAsync(goal, Key(goal, user, todayText), today, caller, facts, cancellationToken)
                : ComputeAsync(goal, today, caller, facts);
        }

        return results;
    }

    /// <summary>One goal's evaluation now; null when the engine cannot evaluate it.</summary>
    public async Task<GoalEvaluation?> EvaluateAsync(
        GoalRecord goal, UserRecord user, EngineCaller caller, CancellationToken cancellationToken) =>
        await (await EvaluateManyAsync([goal], user, caller, cancellationToken))[0];

    private bool IsCacheable(GoalRecord goal) =>
        options.Value.Enabled && goal.DataVersion > 0 && goal.CanEvaluate();

    private async Task<GoalEvaluation?> GetOrComputeAsync(
        GoalRecord goal, string key, LocalDate today, EngineCaller caller,
        Lazy<Task<Dictionary<GoalRecord, GoalFacts>>> facts, CancellationToken cancellationToken)
    {
        var computed = false;
        var evaluation = await cache.GetOrSetAsync<GoalEvaluation>(
            key,
            async (_, _) =>
            {
                var value = (await ComputeAsync(goal, today, caller, facts))!;
                computed = true;
                return value;
            },
            _entry,
            cancellationToken);
        _counted.Count(computed);
        return evaluation;
    }

    private async Task<GoalEvaluation?> ComputeAsync(
        GoalRecord goal, LocalDate today, EngineCaller caller, Lazy<Task<Dictionary<GoalRecord, GoalFacts>>> facts)
    {
        var inputs = (await facts.Value)[goal];
        if (!inputs.CanEvaluate)
            return null;
        (caller == EngineCaller.Field ? _fieldRuns : _writeRuns).Add(1);
        return inputs.Evaluate(today);
    }

    private static string Key(GoalRecord goal, UserRecord user, string today) =>
        $"{CacheEntries.KeyPrefix}eval:{goal.Id}:{goal.DataVersion}:{user.DataVersion}:{today}";
}
