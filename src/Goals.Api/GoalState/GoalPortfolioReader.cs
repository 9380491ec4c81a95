using Goals.Domain;
using Goals.Domain.Calendar;
using Goals.Domain.Evaluation;
using Goals.Paging;
using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Api.GoalState;

/// <summary>
/// Reads a user's non-archived goals (archived ones are out of the user's view, so they feed no statistic), their
/// day totals and their excusals: the user once (unless the caller has it), the goals page by page, then one batch
/// each for totals and excusals (<see cref="GoalStateReader.ReadManyAsync"/>). Goals the engine cannot evaluate (stored by an earlier build outside the supported
/// ranges) are left out, so that stats, insights, recommendations and the jobs judge the user's other goals as usual;
/// such a goal shows GOAL_EVALUATION_FAILED on its own fields until it is corrected or deleted.
/// </summary>
public sealed class GoalPortfolioReader(IUserStore users, IGoalStore goals, GoalStateReader state, IClock clock)
{
    private const int GoalPageSize = 200;

    private static readonly ListFilter NotArchived =
        new FieldCondition("status", FilterOperator.Eq, GoalStatus.Archived, Negated: true);

    public async Task<GoalPortfolio> ReadAsync(string userId, CancellationToken cancellationToken) =>
        await ReadAsync(await users.GetOrCreateAsync(userId, cancellationToken), cancellationToken);

    /// <summary>The portfolio of a user already read (the sweeps walk the user list): no second read of the user.</summary>
    public async Task<GoalPortfolio> ReadAsync(UserRecord user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var userId = user.Id;
        var today = user.Settings.Today(clock.GetCurrentInstant());
        var records = (await ListAllAsync(userId, NotArchived, goals, cancellationToken))
            .Where(goal => goal.CanEvaluate()).ToList();
        if (records.Count == 0)
        {
            return new GoalPortfolio(user, today, []);
        }

        return new GoalPortfolio(user, today, await state.ReadManyAsync(records, user.Settings, cancellationToken));
    }

    /// <summary>Every goal of the user that passes <paramref name="filter"/>, oldest first.</summary>
    public static async Task<IReadOnlyList<GoalRecord>> ListAllAsync(
        string userId, ListFilter filter, IGoalStore goals, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(goals);
        var oldestFirst = new[] { new GoalSort(GoalSortField.CreatedAt, SortDirection.Ascending) };
        var all = new List<GoalRecord>();
        string? after = null;
        while (true)
        {
            var page = await goals.ListAsync(
                userId, filter, oldestFirst, PageRequest.First(GoalPageSize, after), cancellationToken);
            all.AddRange(page.Nodes);
            if (!page.HasNextPage)
            {
                return all;
            }

            after = page.EndCursor;
        }
    }
}
