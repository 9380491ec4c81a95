using Goals.Domain;
using Goals.Server.DataLoading;
using Goals.Storage.Abstractions;
using GraphQL;
using GraphQL.DataLoader;

namespace Goals.Api.Progress;

/// <summary>
/// The goal's facts exactly as the request's loaders returned them. Two fields of one goal receive the same loaded
/// instances, so equal sources (day totals compared by reference) mean the same inputs to the engine.
/// </summary>
public sealed record GoalSources(
    GoalRecord Goal, IReadOnlyList<DayTotal> Days, GoalExcusals Excusals, UserSettings Settings)
{
    public GoalFacts ToFacts() => new(Goal, Days, Excusals.ToExcusedDays(), Settings);

    /// <inheritdoc cref="GoalFacts.Load{TResult}"/>
    public static IDataLoaderResult<TResult> Load<TResult>(
        IResolveFieldContext<GoalRecord> context, Func<GoalSources, TResult> compute)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(compute);
        var goal = context.Source;
        var days = context.DataLoader<DayTotalsByGoalLoader>().LoadAsync(goal.Id);
        var excusals = context.DataLoader<ExcusalsByGoalLoader>().LoadAsync(new OwnedGoal(goal.OwnerId, goal.Id));
        var owner = context.DataLoader<UserByIdLoader>().LoadAsync(goal.OwnerId);
        return new DeferredResult<TResult>(async cancellationToken => compute(new GoalSources(
            goal,
            await days.GetResultAsync(cancellationToken) ?? [],
            await excusals.GetResultAsync(cancellationToken) ?? GoalExcusals.None,
            (await owner.GetResultAsync(cancellationToken))?.Settings ?? UserSettings.Default)));
    }
}
