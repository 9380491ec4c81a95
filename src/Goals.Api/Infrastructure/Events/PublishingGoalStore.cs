using Goals.Paging;
using Goals.Storage.Abstractions;

namespace Goals.Api.Infrastructure.Events;

/// <summary>Announces every stored change of a goal (update, status change, delete) on the goal's topic.</summary>
public sealed class PublishingGoalStore(IGoalStore inner, IEventBus bus) : IGoalStore
{
    public async Task<GoalUpdateResult> UpdateAsync(
        string ownerId, string goalId, int expectedVersion, GoalChanges changes, CancellationToken cancellationToken)
    {
        var result = await inner.UpdateAsync(ownerId, goalId, expectedVersion, changes, cancellationToken);
        if (result is GoalUpdateResult.Updated)
        {
            await bus.GoalChangedAsync(ownerId, goalId, cancellationToken);
        }

        return result;
    }

    public async Task<GoalUpdateResult> UpdateWithinLimitAsync(
        string ownerId, string goalId, int expectedVersion, GoalChanges changes, int maxNonArchived,
        CancellationToken cancellationToken)
    {
        var result = await inner.UpdateWithinLimitAsync(ownerId, goalId, expectedVersion, changes, maxNonArchived, cancellationToken);
        if (result is GoalUpdateResult.Updated)
        {
            await bus.GoalChangedAsync(ownerId, goalId, cancellationToken);
        }

        return result;
    }

    public async Task<bool> DeleteAsync(string ownerId, string goalId, CancellationToken cancellationToken)
    {
        var deleted = await inner.DeleteAsync(ownerId, goalId, cancellationToken);
        if (deleted)
        {
            await bus.GoalChangedAsync(ownerId, goalId, cancellationToken);
        }

        return deleted;
    }

    public Task<GoalRecord?> GetAsync(string ownerId, string goalId, CancellationToken cancellationToken) =>
        inner.GetAsync(ownerId, goalId, cancellationToken);

    public Task<IReadOnlyDictionary<string, GoalRecord>> GetManyAsync(
        string ownerId, IReadOnlyCollection<string> goalIds, CancellationToken cancellationToken) =>
        inner.GetManyAsync(ownerId, goalIds, cancellationToken);

    public Task<Page<GoalRecord>> ListAsync(
        string ownerId, ListFilter filter, IReadOnlyList<GoalSort> sort, PageRequest page, CancellationToken cancellationToken) =>
        inner.ListAsync(ownerId, filter, sort, page, cancellationToken);

    public Task<int> CountNonArchivedAsync(string ownerId, CancellationToken cancellationToken) =>
        inner.CountNonArchivedAsync(ownerId, cancellationToken);

    public Task<GoalRecord> CreateAsync(NewGoal goal, CancellationToken cancellationToken) =>
        inner.CreateAsync(goal, cancellationToken);

    public Task<GoalRecord?> CreateWithinLimitAsync(NewGoal goal, int maxNonArchived, CancellationToken cancellationToken) =>
        inner.CreateWithinLimitAsync(goal, maxNonArchived, cancellationToken);
}
