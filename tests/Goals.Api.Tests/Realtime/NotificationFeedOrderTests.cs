using Goals.Api.Infrastructure.Events;
using Goals.Api.Realtime;
using Goals.Paging;
using Goals.Storage.Abstractions;
using Goals.Storage.Filtering;
using NodaTime;

namespace Goals.Api.Tests.Realtime;

/// <summary>
/// The feed listens for hints before its catch-up read: a client that reacts to a caught-up entry at once (its next
/// notification added and hinted while the feed is still being subscribed) does not lose that next entry.
/// </summary>
public sealed class NotificationFeedOrderTests
{
    [Fact]
    public void An_entry_added_while_the_catch_up_is_being_sent_arrives_too()
    {
        var inbox = new ListInbox();
        var bus = new InProcessEventBus();
        inbox.Add("u");
        var received = new List<long>();

        // The catch-up read completes at once, so its entry is sent inside Subscribe; the client reacts to it there.
        using var subscription = new NotificationFeed(inbox, bus).Follow("u", 0, kinds: null).Subscribe(notification =>
        {
            received.Add(notification.Sequence);
            if (notification.Sequence == 1)
            {
                inbox.Add("u");
                bus.PublishAsync(Topics.User("u"), new ChangeEvent(ChangeEvent.NotificationAdded, "u", Sequence: 2), CancellationToken.None);
            }
        });

        Assert.Equal([1L, 2L], received);
    }

    /// <summary>Only what the feed reads: entries after a sequence, answered at once.</summary>
    private sealed class ListInbox : INotificationStore
    {
        private readonly List<NotificationRecord> _entries = [];

        public void Add(string userId) => _entries.Add(new NotificationRecord(
            $"n{_entries.Count + 1}", userId, _entries.Count + 1, NotificationKind.WeeklySummary, "m", null, null, null,
            Instant.FromUnixTimeSeconds(0), Read: false));

        public Task<IReadOnlyList<NotificationRecord>> ListAfterAsync(
            string userId, long afterSequence, int limit, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<NotificationRecord>>(
                [.. _entries.Where(entry => entry.UserId == userId && entry.Sequence > afterSequence).Take(limit)]);

        public Task<NotificationAddResult> AddAsync(NewNotification notification, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<NotificationRecord?> GetAsync(string userId, string notificationId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<Page<NotificationRecord>> PageAsync(
            string userId, bool unreadOnly, ListFilter filter, IReadOnlyList<NotificationSort> sort, PageRequest page,
            CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<int> CountUnreadAsync(string userId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<int> MarkReadAsync(string userId, IReadOnlyCollection<string> notificationIds, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<int> MarkAllReadAsync(string userId, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
