using System.Reactive.Linq;
using Goals.Api.Infrastructure.Events;
using Goals.Storage.Abstractions;

namespace Goals.Api.Realtime;

/// <summary>
/// One goal after each change: its own changes (logs, edits, skips, pauses) and the user's (settings, vacations),
/// read fresh from the store; the stream ends when the goal (or the whole account) is deleted.
/// </summary>
public sealed class GoalProgressFeed(IGoalStore goals, IEventBus bus)
{
    public IObservable<GoalRecord> Follow(string userId, string goalId) =>
        bus.Observe(Topics.Goal(goalId))
            .Merge(bus.Observe(Topics.User(userId)).Where(change => change.Kind is ChangeEvent.GoalChanged or ChangeEvent.AccountDeleted))
            .Select(_ => Observable.FromAsync(token => goals.GetAsync(userId, goalId, token)))
            .Concat()
            .TakeWhile(goal => goal is not null)
            .Select(goal => goal!);
}
