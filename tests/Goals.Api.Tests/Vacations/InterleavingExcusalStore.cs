using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Api.Tests.Vacations;

/// <summary>
/// The real excusal store with another request's write slipped in once, just before the first pause is added or
/// ended: the moment two racing requests meet.
/// </summary>
public sealed class InterleavingExcusalStore(IExcusalStore inner, Func<IExcusalStore, Task> otherRequest) : IExcusalStore
{
    private int _interleaved;

    public async Task<PauseWindow> AddPauseAsync(
        string userId, string? goalId, LocalDate start, LocalDate? end, CancellationToken cancellationToken)
    {
        await InterleaveAsync();
        return await inner.AddPauseAsync(userId, goalId, start, end, cancellationToken);
    }

    public async Task<bool> EndPauseAsync(string userId, string pauseId, LocalDate resumeOn, CancellationToken cancellationToken)
    {
        await InterleaveAsync();
        return await inner.EndPauseAsync(userId, pauseId, resumeOn, cancellationToken);
    }

    public Task<bool> AddSkipAsync(string goalId, LocalDate day, CancellationToken cancellationToken) =>
        inner.AddSkipAsync(goalId, day, cancellationToken);

    public Task<bool> RemoveSkipAsync(string goalId, LocalDate day, CancellationToken cancellationToken) =>
        inner.RemoveSkipAsync(goalId, day, cancellationToken);

    public Task<int> EndPausesAsync(string userId, string? goalId, LocalDate resumeOn, CancellationToken cancellationToken) =>
        inner.EndPausesAsync(userId, goalId, resumeOn, cancellationToken);

    public Task<bool> DeletePauseAsync(string userId, string pauseId, CancellationToken cancellationToken) =>
        inner.DeletePauseAsync(userId, pauseId, cancellationToken);

    public Task<IReadOnlyList<PauseWindow>> ListVacationsAsync(string userId, CancellationToken cancellationToken) =>
        inner.ListVacationsAsync(userId, cancellationToken);

    public Task<IReadOnlyDictionary<string, GoalExcusals>> GetForGoalsAsync(
        string userId, IReadOnlyCollection<string> goalIds, CancellationToken cancellationToken) =>
        inner.GetForGoalsAsync(userId, goalIds, cancellationToken);

    private Task InterleaveAsync() => Interlocked.Exchange(ref _interleaved, 1) == 0 ? otherRequest(inner) : Task.CompletedTask;
}
