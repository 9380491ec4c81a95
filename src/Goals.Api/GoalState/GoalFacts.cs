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
/// <param name="Checkpoint">
/// Set when the facts were read for an evaluation now from a stored checkpoint (ADR 0165): <see cref="Days"/> then
/// holds only the totals dated on or after its <c>ReadFrom</c>, so the facts evaluate dates after its date only and
/// have no history. Null: every day total, good for any date.
/// </param>
public sealed record GoalFacts(
    GoalRecord Goal, IReadOnlyList<DayTotal> Days, ExcusedDays Excused, UserSettings Settings,
    EvaluationCheckpoint? Checkpoint = null)
{
    /// <summary>The facts from store answers: a goal the stores know nothing about has no days and nothing excused.</summary>
    public static GoalFacts Of(
        GoalRecord goal, IReadOnlyList<DayTotal>? days, GoalExcusals? excusals, UserSettings settings) =>
        new(goal, days ?? [], (excusals ?? GoalExcusals.None).ToExcusedDays(), settings);

    /// <summary>False for a goal stored by an earlier build outside the supported ranges: it has no evaluation.</summary>
    public bool CanEvaluate => Goal.CanEvaluate();

    /// <summary>
    /// The one call of the engine: the goal as of <paramref name="asOf"/> (default and later: today), resumed from the
    /// checkpoint when the facts carry one (the same answer, to the last bit).
    /// </summary>
    public GoalEvaluation Evaluate(LocalDate today, LocalDate? asOf = null) =>
        Checkpoint is { } checkpoint
            ? GoalEvaluator.Evaluate(Goal.Definition, Settings, checkpoint, Days, Excused, today, asOf)
            : GoalEvaluator.Evaluate(Goal.Definition, Settings, Days, Excused, today, asOf);

    /// <summary>One snapshot per day from <paramref name="from"/> through <paramref name="to"/>, each as it closed.</summary>
    public IReadOnlyList<Domain.History.DailySnapshot> History(LocalDate today, LocalDate from, LocalDate to) =>
        GoalEvaluator.History(Goal.Definition, Settings, WholeDays(), Excused, today, from, to);

    /// <summary>
    /// The checkpoint at the last unit boundary on or before <paramref name="at"/>: moved forward from
    /// <paramref name="stored"/> when that fits (folding only its recent days), else taken from every day; null when no
    /// unit has closed by then.
    /// </summary>
    public EvaluationCheckpoint? CheckpointAt(LocalDate today, LocalDate at, EvaluationCheckpoint? stored)
    {
        var days = WholeDays();
        if (stored is not null && stored.Date <= at && stored.Fits(Goal.Definition, Settings, Excused))
            return GoalEvaluator.Checkpoint(Goal.Definition, Settings, stored, days, Excused, today, at);
        return GoalEvaluator.Checkpoint(Goal.Definition, Settings, days, Excused, today, at);
    }

    private IReadOnlyList<DayTotal> WholeDays() =>
        Checkpoint is null
            ? Days
            : throw new InvalidOperationException(
                $"The facts of goal {Goal.Id} hold only the days from {Checkpoint.ReadFrom}: read them whole for history.");

    /// <summary>
    /// Asks the request's loader for the goal's facts and defers the rest: every goal on a page joins the same batch
    /// (one read each of the owner, the day totals and the excusals) before any of them is fetched.
    /// </summary>
    public static IDataLoaderResult<TResult> Load<TResult>(
        IResolveFieldContext<GoalRecord> context, Func<GoalFacts, TResult> compute)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(compute);
        var facts = context.DataLoader<GoalFactsLoader>().LoadWhole(context.Source);
        return new DeferredResult<TResult>(async cancellationToken =>
            compute(await facts.GetResultAsync(cancellationToken)
                ?? throw new InvalidOperationException($"No facts were loaded for goal {context.Source.Id}.")));
    }
}
