using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Goals.Domain.Evaluation;
using Goals.Server.DataLoading;
using Goals.Storage.Abstractions;
using GraphQL;
using GraphQL.DataLoader;
using NodaTime;

namespace Goals.Api.Progress;

/// <summary>
/// The engine runs of one execution: <c>progress</c> and <c>streak</c> of a goal (and any <c>progress(asOf:)</c>
/// that lands on the same date) share one <see cref="GoalEvaluator.Evaluate"/> instead of one each.
/// </summary>
/// <remarks>
/// It lives in the execution's DataLoader scope, so it is dropped together with the loaders' caches (a subscription
/// clears them before every event). Entries are keyed by the loaded sources themselves, so one is only ever reused
/// for exactly the inputs it was computed from. Each engine run adds 1 to <see cref="EvaluationsCounter"/>. A goal the
/// engine cannot evaluate fails its own fields with <see cref="GoalEvaluationFailure.Code"/> (the failure is shared
/// like a result).
/// </remarks>
public sealed class GoalEvaluations(IMeterFactory meters, ILogger<GoalEvaluations> logger)
{
    public const string MeterName = "Goals.Engine";
    public const string EvaluationsCounter = "goals_engine_evaluations";

    private readonly Counter<long> _runs = meters.Create(MeterName)
        .CreateCounter<long>(EvaluationsCounter, description: "Goal evaluations run for GraphQL fields.");

    private readonly ConcurrentDictionary<Key, Lazy<GoalEvaluation>> _evaluated = new();

    /// <summary>Defers like <see cref="GoalSources.Load{TResult}"/>, then picks a part of the goal's shared evaluation.</summary>
    public static IDataLoaderResult<TResult> Load<TResult>(
        IResolveFieldContext<GoalRecord> context, LocalDate? asOf, Func<GoalEvaluation, TResult> select)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(select);
        var evaluations = context.DataLoader<GoalEvaluations>();
        return GoalSources.Load(context, sources =>
            select(evaluations.Evaluate(sources, GoalProgressFields.Today(context, sources.Settings), asOf)));
    }

    public GoalEvaluation Evaluate(GoalSources sources, LocalDate today, LocalDate? asOf)
    {
        ArgumentNullException.ThrowIfNull(sources);

        // The engine evaluates a date from today on as today, so those share the entry of "no asOf".
        var key = new Key(sources, today, asOf < today ? asOf : null);

        // Lazy: fields resolving in parallel wait for the one run instead of starting their own. A failed run is shared
        // too, but each field gets an error of its own (an error carries the path of the field it is reported on).
        var run = _evaluated.GetOrAdd(key, static (key, self) => new Lazy<GoalEvaluation>(() => self.Run(key)), this);
        return GoalEvaluationFailure.Guard(sources.Goal, logger, () => run.Value);
    }

    private GoalEvaluation Run(Key key)
    {
        _runs.Add(1);
        var facts = key.Sources.ToFacts();
        return GoalEvaluator.Evaluate(facts.Goal.Definition, facts.Settings, facts.Days, facts.Excused, key.Today, key.AsOf);
    }

    private readonly record struct Key(GoalSources Sources, LocalDate Today, LocalDate? AsOf);
}
