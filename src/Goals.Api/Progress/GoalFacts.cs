using Goals.Domain;
using Goals.Server.DataLoading;
using Goals.Storage.Abstractions;
using GraphQL;
using GraphQL.DataLoader;

namespace Goals.Api.Progress;

/// <summary>What the engine needs about one goal besides its definition: its days, its excusals, its owner's calendar.</summary>
public sealed record GoalFacts(
    GoalRecord Goal, IReadOnlyList<DayTotal> Days, ExcusedDays Excused, UserSettings Settings)
{
    /// <summary>
    /// Asks the request's loaders for the goal's facts and defers the rest: every goal on a page joins the same three
    /// batches (day totals, excusals, user) before any of them is fetched.
    /// </summary>
    public static IDataLoaderResult<TResult> Load<TResult>(
        IResolveFieldContext<GoalRecord> context, Func<GoalFacts, TResult> compute)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(compute);
        var goal = context.Source;
        var days = context.DataLoader<DayTotalsByGoalLoader>().LoadAsync(goal.Id);
        var excusals = context.DataLoader<ExcusalsByGoalLoader>().LoadAsync(new OwnedGoal(goal.OwnerId, goal.Id));
        var owner = context.DataLoader<UserByIdLoader>().LoadAsync(goal.OwnerId);
        return new DeferredResult<TResult>(async cancellationToken =>
        {
            var facts = new GoalFacts(
                goal,
                await days.GetResultAsync(cancellationToken) ?? [],
                (await excusals.GetResultAsync(cancellationToken) ?? GoalExcusals.None).ToExcusedDays(),
                (await owner.GetResultAsync(cancellationToken))?.Settings ?? UserSettings.Default);
            return compute(facts);
        });
    }
}
