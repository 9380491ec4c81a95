using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Goals.Domain;
using Goals.Domain.Calendar;
using Goals.Domain.Evaluation;
using Goals.Server.DataLoading;
using Goals.Storage.Abstractions;
using GraphQL;
using GraphQL.DataLoader;
using NodaTime;

namespace Goals.Api.GoalState;

/// <summary>
/// The engine runs of one execution: <c>progress</c> and <c>streak</c> of a goal (and any <c>progress(asOf:)</c>
/// that lands on the same date) share one <see cref="GoalFacts.Evaluate"/> instead of one each.
/// </summary>
/// <remarks>
/// It lives in the execution's DataLoader scope, so it is dropped together with the loaders' caches (a subscription
/// clears them before every event). Entries are keyed by the loaded facts themselves, so one is only ever reused
/// for exactly the inputs it was computed from. Each engine run adds 1 to <see cref="EvaluationsCounter"/>. A goal the
/// engine cannot evaluate fails its own fields with <see cref="GoalEvaluationFailure.Code"/> (the failure is shared
/// like a result).
/// </remarks>
public sealed class GoalEvaluations(IMeterFactory meters, ILogger<GoalEvaluations> logger)
{
    public const string MeterName = GoalEngineMeter.MeterName;
    public const string EvaluationsCounter = GoalEngineMeter.EvaluationsCounter;

    private readonly Counter<long> _runs = GoalEngineMeter.FieldRuns(meters);

    private readonly ConcurrentDictionary<Key, Lazy<GoalEvaluation>> _evaluated = new();

    /// <summary>Defers like <see cref="GoalFacts.Load{TResult}"/>, then picks a part of the goal's shared evaluation.</summary>
    public static IDataLoaderResult<TResult> Load<TResult>(
        IResolveFieldContext<GoalRecord> context, LocalDate? asOf, Func<GoalEvaluation, TResult> select)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(select);
        // Now is what nearly every request asks for: that goes through the shared cache; a past date is computed here.
        if (asOf is null && context.Source.CanEvaluate())
            return GoalEvaluationLoader.Load(context, select);
        var evaluations = context.DataLoader<GoalEvaluations>();
        return GoalFacts.Load(context, facts => select(evaluations.Evaluate(facts, Today(context, facts.Settings), asOf)));
    }

    /// <summary>The owner's local date now, by the request's clock.</summary>
    public static LocalDate Today(IResolveFieldContext context, UserSettings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        return settings.Today(context.RequestServices!.GetRequiredService<IClock>().GetCurrentInstant());
    }

    public GoalEvaluation Evaluate(GoalFacts facts, LocalDate today, LocalDate? asOf)
    {
        ArgumentNullException.ThrowIfNull(facts);

        // The engine evaluates a date from today on as today, so those share the entry of "no asOf".
        var key = new Key(facts, today, asOf < today ? asOf : null);

        // Lazy: fields resolving in parallel wait for the one run instead of starting their own. A failed run is shared
        // too, but each field gets an error of its own (an error carries the path of the field it is reported on).
        var run = _evaluated.GetOrAdd(key, static (key, self) => new Lazy<GoalEvaluation>(() => self.Run(key)), this);
        return GoalEvaluationFailure.Guard(facts.Goal, logger, () => run.Value);
    }

    private GoalEvaluation Run(Key key)
    {
        _runs.Add(1);
        return key.Facts.Evaluate(key.Today, key.AsOf);
    }

    // Facts compare their day totals by reference: equal keys mean the very inputs one loader answer gave.
    private readonly record struct Key(GoalFacts Facts, LocalDate Today, LocalDate? AsOf);
}
