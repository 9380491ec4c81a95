using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Api.Infrastructure.Events;

/// <summary>
/// Announces skips and pauses: a skip on the goal's topic, a vacation (all goals) on the user's topic, which every
/// goal subscription of that user also watches.
/// </summary>
public sealed class PublishingExcusalStore(IExcusalStore inner, IEventBus bus) : IExcusalStore
{
    public async Task<bool> AddSkipAsync(string goalId, LocalDate day, CancellationToken cancellationToken)
    {
        var added = await inner.AddSkipAsync(goalId, day, cancellationToken);
        if (added)
        {
            await bus.PublishAsync(Topics.Goal(goalId), new ChangeEvent(ChangeEvent.GoalChanged, string.Empty, goalId), cancellationToken);
        }

        return added;
    }

    public async Task<bool> RemoveSkipAsync(string goalId, LocalDate day, CancellationToken cancellationToken)
    {
        var removed = await inner.RemoveSkipAsync(goalId, day, cancellationToken);
        if (removed)
        {
            await bus.PublishAsync(Topics.Goal(goalId), new ChangeEvent(ChangeEvent.GoalChanged, string.Empty, goalId), cancellationToken);
        }

        return removed;
    }

    public async Task<PauseWindow> AddPauseAsync(
        string userId, string? goalId, LocalDate start, LocalDate? end, CancellationToken cancellationToken)
    {
        var pause = await inner.AddPauseAsync(userId, goalId, start, end, cancellationToken);
        await PublishAsync(userId, goalId, cancellationToken);
        return pause;
    }

    public async Task<int> EndPausesAsync(string userId, string? goalId, LocalDate resumeOn, CancellationToken cancellationToken)
    {
        var ended = await inner.EndPausesAsync(userId, goalId, resumeOn, cancellationToken);
        if (ended > 0)
        {
            await PublishAsync(userId, goalId, cancellationToken);
        }

        return ended;
    }

    // One pause, found by its id alone: announced on the user's topic, which reaches its goal's subscribers as well.
    public async Task<bool> EndPauseAsync(string userId, string pauseId, LocalDate resumeOn, CancellationToken cancellationToken)
    {
        var ended = await inner.EndPauseAsync(userId, pauseId, resumeOn, cancellationToken);
        if (ended)
        {
            await PublishAsync(userId, null, cancellationToken);
        }

        return ended;
    }

    public async Task<bool> DeletePauseAsync(string userId, string pauseId, CancellationToken cancellationToken)
    {
        var deleted = await inner.DeletePauseAsync(userId, pauseId, cancellationToken);
        if (deleted)
        {
            await PublishAsync(userId, null, cancellationToken);
        }

        return deleted;
    }

    public Task<IReadOnlyList<PauseWindow>> ListVacationsAsync(string userId, CancellationToken cancellationToken) =>
        inner.ListVacationsAsync(userId, cancellationToken);

    public Task<IReadOnlyDictionary<string, GoalExcusals>> GetForGoalsAsync(
        string userId, IReadOnlyCollection<string> goalIds, CancellationToken cancellationToken) =>
        inner.GetForGoalsAsync(userId, goalIds, cancellationToken);

    private Task PublishAsync(string userId, string? goalId, CancellationToken cancellationToken) => goalId is null
        ? bus.PublishAsync(Topics.User(userId), new ChangeEvent(ChangeEvent.GoalChanged, userId), cancellationToken)
        : bus.GoalChangedAsync(userId, goalId, cancellationToken);
}
