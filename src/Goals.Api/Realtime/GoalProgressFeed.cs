using System.Reactive.Linq;
using Goals.Api.Infrastructure.Events;
using Goals.Storage.Abstractions;

namespace Goals.Api.Realtime;

/// <summary>
/// One goal after each change: its own changes (logs, edits, skips, pauses) and the user's (settings, vacations),
/// read fresh from the store; the stream ends when the goal (or the whole account) is deleted. All subscribers of one
/// goal on this replica share one bus subscription and one store read per change (<see cref="SharedFeeds{TKey,T}"/>);
/// each still runs its own selection set on the goal it receives.
/// </summary>
public sealed class GoalProgressFeed(IGoalStore goals, IEventBus bus)
{
    private readonly SharedFeeds<(string UserId, string GoalId), GoalRecord> _shared = new();

    public IObservable<GoalRecord> Follow(string userId, string goalId) =>
        _shared.Follow((userId, goalId), () => Upstream(userId, goalId));

    /// <summary>How many subscriptions on this replica follow the goal (they share one upstream).</summary>
    public int SubscriberCount(string userId, string goalId) => _shared.SubscriberCount((userId, goalId));

    private IObservable<GoalRecord> Upstream(string userId, string goalId) =>
        bus.Observe(Topics.Goal(goalId))
            .Merge(bus.Observe(Topics.User(userId)).Where(change => change.Kind is ChangeEvent.GoalChanged or ChangeEvent.AccountDeleted))
            .Select(_ => Observable.FromAsync(token => goals.GetAsync(userId, goalId, token)))
            .Concat()
            .TakeWhile(goal => goal is not null)
            .Select(goal => goal!);
}
