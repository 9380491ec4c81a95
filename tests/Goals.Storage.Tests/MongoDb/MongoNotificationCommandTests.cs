using Goals.Paging;
using Goals.Storage.Abstractions;
using Goals.Storage.Paging;
using MongoDB.Bson;
using NodaTime;
using static Goals.Storage.Tests.MongoDb.StoredDocuments;

namespace Goals.Storage.Tests.MongoDb;

public sealed class MongoNotificationCommandTests : MongoCommandTest
{
    private static readonly NewNotification Milestone = new(
        "user-1", NotificationKind.MilestoneReached, "Halfway there", "goal-1", "goal-1:milestone:50");

    private INotificationStore Notifications => Store<INotificationStore>();

    [Fact]
    public async Task Add_looks_up_the_key_bumps_the_users_counter_and_inserts()
    {
        Replies.FindAndModify("counters", new BsonDocument { { "_id", "counter" }, { "last", 7L } });

        var result = await VerifyAsync("notifications.Add", () => Notifications.AddAsync(Milestone, None));

        Assert.Equal((true, 7L), (result.Created, result.Notification.Sequence));
    }

    [Fact]
    public async Task Add_losing_a_race_on_the_key_returns_the_stored_notification()
    {
        Replies.Find("notifications")
            .FindAndModify("counters", new BsonDocument { { "_id", "counter" }, { "last", 8L } })
            .DuplicateKey("insert", "notifications")
            .Find("notifications", Notification("note-1", 7, Milestone.UniqueKey));

        var result = await VerifyAsync("notifications.Add.lost-race", () => Notifications.AddAsync(Milestone, None));

        Assert.Equal((false, 7L), (result.Created, result.Notification.Sequence));
    }

    [Fact]
    public async Task Get_matches_id_and_user()
    {
        Replies.Find("notifications", Notification("note-1", 7));

        Assert.NotNull(await VerifyAsync("notifications.Get", () => Notifications.GetAsync("user-1", "note-1", None)));
    }

    [Fact]
    public async Task Page_first_runs_by_sequence_newest_first()
    {
        await VerifyAsync("notifications.Page.first", () => Notifications.PageAsync("user-1", false, PageRequest.First(20), None));
    }

    [Fact]
    public async Task Page_unread_after_a_cursor_bounds_the_sequence()
    {
        var cursor = CursorCodec.Encode(Orders.Notifications([], ListFilter.None), [40L]);

        await VerifyAsync("notifications.Page.unread-after", () =>
            Notifications.PageAsync("user-1", true, PageRequest.First(20, cursor), None));
    }

    [Fact]
    public async Task Page_filtered_by_kind_and_time_sorted_by_creation_bounds_at_the_cursor()
    {
        var filter = new AllOf(
        [
            new FieldCondition("kind", FilterOperator.In, new List<object?> { NotificationKind.StreakBroken, NotificationKind.StreakAtRisk }),
            new FieldCondition("read", FilterOperator.Eq, true, Negated: true),
            new FieldCondition("createdAt", FilterOperator.Gte, Instant.FromUtc(2026, 11, 1, 0, 0)),
        ]);
        IReadOnlyList<NotificationSort> sort = [new(NotificationSortField.CreatedAt, SortDirection.Ascending)];
        var cursor = CursorCodec.Encode(Orders.Notifications(sort, filter), [Instant.FromUtc(2026, 11, 20, 8, 0).ToUnixTimeMilliseconds(), 40L]);

        await VerifyAsync("notifications.Page.filtered-by-creation", () =>
            Notifications.PageAsync("user-1", false, filter, sort, PageRequest.First(20, cursor), None));
    }

    [Fact]
    public async Task ListAfter_reads_oldest_first_above_a_sequence()
    {
        await VerifyAsync("notifications.ListAfter", () => Notifications.ListAfterAsync("user-1", 40, 100, None));
    }

    [Fact]
    public async Task CountUnread_counts_the_users_unread()
    {
        Replies.Count("notifications", 4);

        Assert.Equal(4, await VerifyAsync("notifications.CountUnread", () => Notifications.CountUnreadAsync("user-1", None)));
    }

    [Fact]
    public async Task MarkRead_updates_the_users_unread_among_the_ids()
    {
        await VerifyAsync("notifications.MarkRead", () => Notifications.MarkReadAsync("user-1", ["note-1", "note-2", "note-1"], None));
    }

    [Fact]
    public async Task MarkAllRead_updates_every_unread_of_the_user()
    {
        await VerifyAsync("notifications.MarkAllRead", () => Notifications.MarkAllReadAsync("user-1", None));
    }
}
