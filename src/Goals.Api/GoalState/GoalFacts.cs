using Goals.Api.Common;
using Goals.Domain;
using Goals.Domain.Evaluation;
using Goals.Server.DataLoading;
using Goals.Storage.Abstractions;
using GraphQL;
using GraphQL.DataLoader;
using NodaTime;

namespace Goals.Api.GoalState;

/// <summary>
/// The four inputs of a goal's state: the goal, its day totals, its excused days and its owner's calendar. Every read
/// and every write judges a goal through <see cref="Evaluate"/> (or <see cref="History"/>) on these, so no two paths
/// can feed the engine differently.
/// </summary>
public sealed record GoalFacts(
    GoalRecord Goal, IReadOnlyList<DayTotal> Days, ExcusedDays Excused, UserSettings Settings)
{
    /// <summary>The facts from store answers: a goal the stores know nothing about has no days and nothing excused.</summary>
    public static GoalFacts Of(
        GoalRecord goal, IReadOnlyList<DayTotal>? days, GoalExcusals? excusals, UserSettings settings) =>
        new(goal, days ?? [], (excusals ?? GoalExcusals.None).ToExcusedDays(), settings);

    /// <summary>False for a goal stored by an earlier build outside the supported ranges: it has no evaluation.</summary>
    public bool CanEvaluate => GoalEvaluator.CanEvaluate(Goal.Definition);

    /// <summary>The one call of the engine: the goal as of <paramref name="asOf"/> (default and later: today).</summary>
    public GoalEvaluation Evaluate(LocalDate today, LocalDate? asOf = null) =>
        GoalEvaluator.Evaluate(Goal.Definition, Settings, Days, Excused, today, asOf);

    /// <summary>One snapshot per day from <paramref name="from"/> through <paramref name="to"/>, each as it closed.</summary>
    public IReadOnlyList<Domain.History.DailySnapshot> History(LocalDate today, LocalDate from, LocalDate to) =>
        GoalEvaluator.History(Goal.Definition, Settings, Days, Excused, today, from, to);

    /// <summary>
    /// Asks the request's loader for the goal's facts and defers the rest: every goal on a page joins the same batch
    /// (one read each of the owner, the day totals and the excusals) before any of them is fetched.
    /// </summary>
    public static IDataLoaderResult<TResult> Load<TResult>(
        IResolveFieldContext<GoalRecord> context, Func<GoalFacts, TResult> compute)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(compute);
        var facts = context.DataLoader<GoalFactsLoader>().LoadAsync(context.Source);
        return new DeferredResult<TResult>(async cancellationToken =>
            compute(await facts.GetResultAsync(cancellationToken)
                ?? throw new InvalidOperationException($"No facts were loaded for goal {context.Source.Id}.")));
    }
}
