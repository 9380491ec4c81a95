namespace Goals.Api.Infrastructure.Events;

/// <summary>
/// Live fan-out of change hints to subscribers. Delivery is best effort: a subscriber that was away catches up from
/// the stores (the notification inbox, the goal itself), never from the bus.
/// </summary>
public interface IEventBus
{
    Task PublishAsync(string topic, ChangeEvent change, CancellationToken cancellationToken);

    /// <summary>Events published on <paramref name="topic"/> from now on, until the subscription is disposed.</summary>
    IObservable<ChangeEvent> Observe(string topic);
}

/// <summary>What changed: a goal (after a log, edit, delete, skip or settings change), a user's inbox, or the whole account.</summary>
/// <param name="Sequence">For inbox events, the notification's per-user sequence.</param>
public sealed record ChangeEvent(string Kind, string UserId, string? GoalId = null, long? Sequence = null)
{
    public const string GoalChanged = "goal-changed";
    public const string NotificationAdded = "notification-added";

    /// <summary>The user's account was deleted: every stream of the user ends.</summary>
    public const string AccountDeleted = "account-deleted";
}

/// <summary>Topic names, in one place so every publisher and subscriber agrees.</summary>
public static class Topics
{
    public static string User(string userId) => $"user:{userId}";

    public static string Goal(string goalId) => $"goal:{goalId}";
}

public static class EventBusExtensions
{
    public static Task GoalChangedAsync(this IEventBus bus, string userId, string goalId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bus);
        return bus.PublishAsync(Topics.Goal(goalId), new ChangeEvent(ChangeEvent.GoalChanged, userId, goalId), cancellationToken);
    }
}
