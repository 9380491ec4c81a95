using Goals.Api.Common;
using Goals.Domain;
using Goals.Paging;
using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Api.Infrastructure.Events;

/// <summary>Announces every stored change of a goal's activities on the goal's topic, after the write succeeded.</summary>
public sealed class PublishingActivityStore(IActivityStore inner, IEventBus bus) : IActivityStore
{
    public async Task<AppendResult> AppendAsync(NewActivity activity, CancellationToken cancellationToken)
    {
        var result = await inner.AppendAsync(activity, cancellationToken);
        if (result.Outcome == AppendOutcome.Created)
        {
            await bus.GoalChangedAsync(activity.OwnerId, activity.GoalId, cancellationToken);
        }

        return result;
    }

    public async Task<ActivityUpdate?> UpdateAsync(
        string ownerId, string activityId, ActivityPatch patch, CancellationToken cancellationToken)
    {
        var update = await inner.UpdateAsync(ownerId, activityId, patch, cancellationToken);
        if (update is not null)
        {
            await bus.GoalChangedAsync(ownerId, update.Current.GoalId, cancellationToken);
        }

        return update;
    }

    public async Task<ActivityRecord?> DeleteAsync(string ownerId, string activityId, CancellationToken cancellationToken)
    {
        var deleted = await inner.DeleteAsync(ownerId, activityId, cancellationToken);
        if (deleted is not null)
        {
            await bus.GoalChangedAsync(ownerId, deleted.GoalId, cancellationToken);
        }

        return deleted;
    }

    public Task<ActivityRecord?> GetAsync(string ownerId, string activityId, CancellationToken cancellationToken) =>
        inner.GetAsync(ownerId, activityId, cancellationToken);

    public Task<IReadOnlyList<ActivityRecord>> ListByDateAsync(
        string ownerId, string goalId, DateInterval dates, CancellationToken cancellationToken) =>
        inner.ListByDateAsync(ownerId, goalId, dates, cancellationToken);

    public Task<Page<ActivityRecord>> PageAsync(
        string ownerId, string goalId, DateInterval? dates, ListFilter filter, IReadOnlyList<ActivitySort> sort,
        PageRequest page, CancellationToken cancellationToken) =>
        inner.PageAsync(ownerId, goalId, dates, filter, sort, page, cancellationToken);

    public Task<IReadOnlyList<DayTotal>> GetDayTotalsAsync(
        string goalId, DateInterval? dates, CancellationToken cancellationToken) =>
        inner.GetDayTotalsAsync(goalId, dates, cancellationToken);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<DayTotal>>> GetDayTotalsAsync(
        IReadOnlyCollection<string> goalIds, DateInterval? dates, CancellationToken cancellationToken) =>
        inner.GetDayTotalsAsync(goalIds, dates, cancellationToken);
}
