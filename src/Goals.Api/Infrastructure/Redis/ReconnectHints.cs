using Goals.Api.Infrastructure.Events;

namespace Goals.Api.Infrastructure.Redis;

/// <summary>
/// The synthetic "look again" sent to every local topic after Redis comes back: hints published while the link was
/// down were lost, so every live subscription re-reads its store (the inbox after its last sequence, the goal).
/// </summary>
public static class ReconnectHints
{
    private static readonly string UserPrefix = Topics.User(string.Empty);
    private static readonly string GoalPrefix = Topics.Goal(string.Empty);

    public static ChangeEvent? For(string topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        if (topic.StartsWith(UserPrefix, StringComparison.Ordinal))
        {
            return new ChangeEvent(ChangeEvent.NotificationAdded, topic[UserPrefix.Length..]);
        }

        // A goal feed re-reads the goal whatever the user id says; the owner is not known from the topic alone.
        return topic.StartsWith(GoalPrefix, StringComparison.Ordinal)
            ? new ChangeEvent(ChangeEvent.GoalChanged, string.Empty, topic[GoalPrefix.Length..])
            : null;
    }
}
