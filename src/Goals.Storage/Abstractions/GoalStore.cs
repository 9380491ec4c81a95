using Goals.Domain;
using Goals.Paging;

namespace Goals.Storage.Abstractions;

public enum GoalSortField { CreatedAt, Title, UpdatedAt, StartDate }

public enum SortDirection { Ascending, Descending }

/// <summary>One sort key; a list of them sorts lexicographically and the id always breaks ties.</summary>
public sealed record GoalSort(GoalSortField Field, SortDirection Direction)
{
    public static IReadOnlyList<GoalSort> Default { get; } = [new(GoalSortField.CreatedAt, SortDirection.Descending)];
}

/// <summary>
/// Goals always belong to an owner: every read and write takes the owner, and another user's id is simply not found.
/// </summary>
public interface IGoalStore
{
    Task<GoalRecord?> GetAsync(string ownerId, string goalId, CancellationToken cancellationToken);

    /// <summary>The goals among <paramref name="goalIds"/> that exist and belong to the owner, by id.</summary>
    Task<IReadOnlyDictionary<string, GoalRecord>> GetManyAsync(
        string ownerId, IReadOnlyCollection<string> goalIds, CancellationToken cancellationToken);

    /// <summary>
    /// A keyset page of the goals that pass <paramref name="filter"/> (fields: title, status, pattern, category,
    /// startDate, deadline, createdAt, updatedAt); cursors stay valid while goals are inserted or deleted around them.
    /// </summary>
    /// <exception cref="InvalidCursorException">A cursor that this sort and filter did not produce.</exception>
    Task<Page<GoalRecord>> ListAsync(
        string ownerId, ListFilter filter, IReadOnlyList<GoalSort> sort, PageRequest page,
        CancellationToken cancellationToken);

    /// <summary>The number of the owner's goals that are not archived (the per-user limit counts these).</summary>
    Task<int> CountNonArchivedAsync(string ownerId, CancellationToken cancellationToken);

    Task<GoalRecord> CreateAsync(NewGoal goal, CancellationToken cancellationToken);

    /// <summary>
    /// Creates the goal unless its owner already has <paramref name="maxNonArchived"/> goals that are not archived
    /// (null then). Creates racing at the limit never both pass.
    /// </summary>
    Task<GoalRecord?> CreateWithinLimitAsync(NewGoal goal, int maxNonArchived, CancellationToken cancellationToken);

    /// <summary>Writes <paramref name="changes"/> when the stored version equals <paramref name="expectedVersion"/>.</summary>
    Task<GoalUpdateResult> UpdateAsync(
        string ownerId, string goalId, int expectedVersion, GoalChanges changes, CancellationToken cancellationToken);

    /// <summary>
    /// As <see cref="UpdateAsync"/>, but a change that takes an archived goal back to a counted status is refused with
    /// <see cref="GoalUpdateResult.LimitReached"/> when the owner already has <paramref name="maxNonArchived"/> goals
    /// that are not archived. Changes racing at the limit never both pass.
    /// </summary>
    Task<GoalUpdateResult> UpdateWithinLimitAsync(
        string ownerId, string goalId, int expectedVersion, GoalChanges changes, int maxNonArchived,
        CancellationToken cancellationToken);

    /// <summary>Deletes the goal with its activities, day totals, skips, pauses and snapshots.</summary>
    Task<bool> DeleteAsync(string ownerId, string goalId, CancellationToken cancellationToken);
}
