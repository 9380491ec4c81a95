using Goals.Domain;
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
        ArgumentNullException.ThrowIfNull(compute);
        return GoalSources.Load(context, sources => compute(sources.ToFacts()));
    }
}
