using Goals.Paging;
using Goals.Storage.Abstractions;

namespace Goals.Storage.Tests.Contract;

public abstract partial class StoreContract
{
    [SkippableFact]
    public async Task Sequences_start_at_1_and_grow_per_user()
    {
        var alice = NewUserId();
        var bob = NewUserId();

        var a1 = await AddNotificationAsync(alice, "a1");
        var b1 = await AddNotificationAsync(bob, "b1");
        var a2 = await AddNotificationAsync(alice, "a2");
        var a3 = await AddNotificationAsync(alice, "a3");

        Assert.Equal((1L, 1L, 2L, 3L), (a1.Sequence, b1.Sequence, a2.Sequence, a3.Sequence));
        Assert.Equal(
            new NotificationRecord(a2.Id, alice, 2, NotificationKind.MilestoneReached, "a2", "goal-1", null, "{\"streak\":7}", Now, false),
            await Store.Notifications.GetAsync(alice, a2.Id, None));
        Assert.Null(await Store.Notifications.GetAsync(bob, a2.Id, None));
    }

    [SkippableFact]
    public async Task Concurrent_adds_get_distinct_increasing_sequences()
    {
        var user = NewUserId();

        var added = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => AddNotificationAsync(user, $"n{i}"))));

        Assert.Equal(Enumerable.Range(1, 20).Select(i => (long)i), added.Select(n => n.Sequence).Order());
    }

    [SkippableFact]
    public async Task Adding_an_existing_unique_key_stores_nothing_and_reports_the_first()
    {
        var user = NewUserId();
        var first = await Store.Notifications.AddAsync(
            new NewNotification(user, NotificationKind.MilestoneReached, "7 days!", "g", "g:streak-7:run-2026-11-01"), None);

        var again = await Store.Notifications.AddAsync(
            new NewNotification(user, NotificationKind.MilestoneReached, "7 days, again", "g", "g:streak-7:run-2026-11-01"), None);
        var concurrent = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Store.Notifications.AddAsync(
            new NewNotification(user, NotificationKind.GoalCompleted, "done", "g", "g:completed"), None))));
        var otherUser = await Store.Notifications.AddAsync(
            new NewNotification(NewUserId(), NotificationKind.MilestoneReached, "7", "g", "g:streak-7:run-2026-11-01"), None);

        Assert.True(first.Created);
        Assert.Equal(new NotificationAddResult(first.Notification, Created: false), again);
        Assert.Single(concurrent, r => r.Created);
        Assert.Single(concurrent.Select(r => r.Notification.Id).Distinct());
        Assert.True(otherUser.Created);
        Assert.Equal(2, (await Store.Notifications.PageAsync(user, false, PageRequest.First(10), None)).TotalCount);
    }

    [SkippableFact]
    public async Task The_inbox_pages_newest_first_and_filters_unread()
    {
        var user = NewUserId();
        var all = new List<NotificationRecord>();
        for (var i = 1; i <= 5; i++)
        {
            all.Add(await AddNotificationAsync(user, $"n{i}"));
        }

        Assert.Equal(2, await Store.Notifications.MarkReadAsync(user, [all[3].Id, all[1].Id, all[1].Id], None));
        var first = await Store.Notifications.PageAsync(user, false, PageRequest.First(2), None);
        var second = await Store.Notifications.PageAsync(user, false, PageRequest.First(2, first.EndCursor), None);
        var unread = await Store.Notifications.PageAsync(user, true, PageRequest.First(10), None);
        var backward = await Store.Notifications.PageAsync(user, true, PageRequest.Last(1, unread.EndCursor), None);

        Assert.Equal([5L, 4L], first.Nodes.Select(n => n.Sequence));
        Assert.Equal([3L, 2L], second.Nodes.Select(n => n.Sequence));
        Assert.Equal([false, true], second.Nodes.Select(n => n.Read));
        Assert.Equal((5, true, true), (second.TotalCount, second.HasNextPage, second.HasPreviousPage));
        Assert.Equal([5L, 3L, 1L], unread.Nodes.Select(n => n.Sequence));
        Assert.Equal(3, unread.TotalCount);
        Assert.Equal([3L], backward.Nodes.Select(n => n.Sequence));
        Assert.Equal(3, await Store.Notifications.CountUnreadAsync(user, None));
    }

    [SkippableFact]
    public async Task Reading_after_a_sequence_returns_later_entries_oldest_first()
    {
        var user = NewUserId();
        for (var i = 1; i <= 5; i++)
        {
            await AddNotificationAsync(user, $"n{i}");
        }

        var after = await Store.Notifications.ListAfterAsync(user, 2, 2, None);

        Assert.Equal([3L, 4L], after.Select(n => n.Sequence));
        Assert.Empty(await Store.Notifications.ListAfterAsync(user, 5, 10, None));
    }

    [SkippableFact]
    public async Task Marking_read_counts_only_changed_entries_of_the_user()
    {
        var user = NewUserId();
        var mine = await AddNotificationAsync(user, "mine");
        var theirs = await AddNotificationAsync(NewUserId(), "theirs");
        await AddNotificationAsync(user, "second");

        Assert.Equal(1, await Store.Notifications.MarkReadAsync(user, [mine.Id, theirs.Id], None));
        Assert.Equal(0, await Store.Notifications.MarkReadAsync(user, [mine.Id], None));
        Assert.Equal(0, await Store.Notifications.MarkReadAsync(user, [], None));
        Assert.Equal(1, await Store.Notifications.MarkAllReadAsync(user, None));
        Assert.Equal(0, await Store.Notifications.CountUnreadAsync(user, None));
        Assert.False((await Store.Notifications.GetAsync(theirs.UserId, theirs.Id, None))!.Read);
    }

    private async Task<NotificationRecord> AddNotificationAsync(string user, string message) =>
        (await Store.Notifications.AddAsync(
            new NewNotification(user, NotificationKind.MilestoneReached, message, "goal-1", null, "{\"streak\":7}"), None))
        .Notification;
}
