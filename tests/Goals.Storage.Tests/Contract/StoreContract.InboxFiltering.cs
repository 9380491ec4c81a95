using Goals.Paging;
using Goals.Storage.Abstractions;
using static Goals.Storage.Abstractions.FilterOperator;

namespace Goals.Storage.Tests.Contract;

/// <summary>Inbox filters and sorting, through the same filter model as goals and activities.</summary>
public abstract partial class StoreContract
{
    [SkippableFact]
    public async Task The_inbox_filters_by_kind_read_and_time_and_sorts_by_creation()
    {
        var user = NewUserId();
        var added = new List<NotificationRecord>();
        foreach (var kind in (NotificationKind[])[NotificationKind.MilestoneReached, NotificationKind.StreakBroken, NotificationKind.MilestoneReached])
        {
            Tick();
            added.Add((await Store.Notifications.AddAsync(new NewNotification(user, kind, "m", null, null), None)).Notification);
        }

        await Store.Notifications.MarkReadAsync(user, [added[0].Id], None);
        async Task<string> Sequences(ListFilter filter, IReadOnlyList<NotificationSort> sort) => string.Join(",",
            (await Store.Notifications.PageAsync(user, false, filter, sort, PageRequest.First(10), None)).Nodes.Select(n => n.Sequence));

        Assert.Equal("3,1", await Sequences(new FieldCondition("kind", Eq, NotificationKind.MilestoneReached), []));
        Assert.Equal("3,2", await Sequences(new FieldCondition("read", Eq, false), []));
        Assert.Equal("1", await Sequences(new FieldCondition("read", Eq, false, Negated: true), []));
        Assert.Equal("2,3", await Sequences(
            new FieldCondition("createdAt", Gt, added[0].CreatedAt), [new(NotificationSortField.CreatedAt, SortDirection.Ascending)]));
        var first = await Store.Notifications.PageAsync(
            user, false, ListFilter.None, [new(NotificationSortField.CreatedAt, SortDirection.Ascending)], PageRequest.First(2), None);
        var rest = await Store.Notifications.PageAsync(
            user, false, ListFilter.None, [new(NotificationSortField.CreatedAt, SortDirection.Ascending)], PageRequest.First(2, first.EndCursor), None);
        Assert.Equal([1L, 2L, 3L], first.Nodes.Concat(rest.Nodes).Select(n => n.Sequence));
        Assert.False(rest.HasNextPage);
    }
}
