using Goals.Api.Common;
using Goals.Paging;
using Goals.Storage.Abstractions;

namespace Goals.Api.Infrastructure.Events;

/// <summary>Announces each new inbox entry on the user's topic, after it is stored (stored first, then pushed).</summary>
public sealed class PublishingNotificationStore(INotificationStore inner, IEventBus bus) : INotificationStore
{
    public async Task<NotificationAddResult> AddAsync(NewNotification notification, CancellationToken cancellationToken)
    {
        var result = await inner.AddAsync(notification, cancellationToken);
        if (result.Created)
        {
            var stored = result.Notification;
            await bus.PublishAsync(
                Topics.User(stored.UserId),
                new ChangeEvent(ChangeEvent.NotificationAdded, stored.UserId, stored.GoalId, stored.Sequence),
                cancellationToken);
        }

        return result;
    }

    public Task<NotificationRecord?> GetAsync(string userId, string notificationId, CancellationToken cancellationToken) =>
        inner.GetAsync(userId, notificationId, cancellationToken);

    public Task<Page<NotificationRecord>> PageAsync(
        string userId, bool unreadOnly, ListFilter filter, IReadOnlyList<NotificationSort> sort, PageRequest page,
        CancellationToken cancellationToken) =>
        inner.PageAsync(userId, unreadOnly, filter, sort, page, cancellationToken);

    public Task<IReadOnlyList<NotificationRecord>> ListAfterAsync(
        string userId, long afterSequence, int limit, CancellationToken cancellationToken) =>
        inner.ListAfterAsync(userId, afterSequence, limit, cancellationToken);

    public Task<int> CountUnreadAsync(string userId, CancellationToken cancellationToken) =>
        inner.CountUnreadAsync(userId, cancellationToken);

    public Task<int> MarkReadAsync(
        string userId, IReadOnlyCollection<string> notificationIds, CancellationToken cancellationToken) =>
        inner.MarkReadAsync(userId, notificationIds, cancellationToken);

    public Task<int> MarkAllReadAsync(string userId, CancellationToken cancellationToken) =>
        inner.MarkAllReadAsync(userId, cancellationToken);
}
