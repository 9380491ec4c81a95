using Goals.Paging;
using Goals.Storage.Abstractions;
using Goals.Storage.Filtering;
using Goals.Storage.Paging;
using MongoDB.Bson;
using MongoDB.Driver;
using NodaTime;

namespace Goals.Storage.MongoDb;

/// <summary>
/// Sequences come from a per-user counter document bumped with findOneAndUpdate $inc: strictly increasing, but a
/// lost race on a unique key leaves a gap, and two concurrent inserts may become visible out of order.
/// </summary>
public sealed class MongoNotificationStore(MongoDatabaseContext context, IClock clock, IdGenerator ids)
    : INotificationStore
{
    private static readonly FilterDefinitionBuilder<BsonDocument> F = Builders<BsonDocument>.Filter;

    public async Task<NotificationAddResult> AddAsync(NewNotification notification, CancellationToken cancellationToken)
    {
        if (await FindByKeyAsync(notification, cancellationToken) is { } existing)
        {
            return new NotificationAddResult(existing, Created: false);
        }

        var counter = await context.Counters.FindOneAndUpdateAsync(
            F.Eq("_id", MongoValues.Key("c", "notifications", "u", notification.UserId)),
            Builders<BsonDocument>.Update.Inc("last", 1L),
            new FindOneAndUpdateOptions<BsonDocument> { IsUpsert = true, ReturnDocument = ReturnDocument.After },
            cancellationToken);
        var record = new NotificationRecord(
            ids.NewId(), notification.UserId, counter["last"].ToInt64(), notification.Kind, notification.Message,
            notification.GoalId, notification.UniqueKey, notification.Data,
            StoredValues.Truncate(clock.GetCurrentInstant()), Read: false);
        try
        {
            await context.Notifications.InsertOneAsync(
                MongoDocuments.Notification(record), cancellationToken: cancellationToken);
            return new NotificationAddResult(record, Created: true);
        }
        catch (MongoWriteException e) when (MongoValues.IsDuplicateKey(e) && notification.UniqueKey is not null)
        {
            return new NotificationAddResult((await FindByKeyAsync(notification, cancellationToken))!, Created: false);
        }
    }

    public async Task<NotificationRecord?> GetAsync(
        string userId, string notificationId, CancellationToken cancellationToken)
    {
        var document = await context.Notifications.Find(F.Eq("_id", notificationId) & F.Eq("user_id", userId))
            .FirstOrDefaultAsync(cancellationToken);
        return document is null ? null : MongoDocuments.Notification(document);
    }

    public Task<Page<NotificationRecord>> PageAsync(
        string userId, bool unreadOnly, ListFilter filter, IReadOnlyList<NotificationSort> sort, PageRequest page,
        CancellationToken cancellationToken)
    {
        var order = Orders.Notifications(sort, filter);
        var where = F.Eq("user_id", userId) & (unreadOnly ? F.Eq("read", false) : F.Empty)
            & MongoFilter.Build(filter, FilterFields.Notifications);
        var source = new MongoKeysetSource<NotificationRecord>(
            context.Notifications, where, order, MongoDocuments.Notification);
        return KeysetPager.PageAsync(
            order, page, source, notification => Orders.NotificationValues(order, notification), cancellationToken);
    }

    public async Task<IReadOnlyList<NotificationRecord>> ListAfterAsync(
        string userId, long afterSequence, int limit, CancellationToken cancellationToken)
    {
        var documents = await context.Notifications.Find(F.Eq("user_id", userId) & F.Gt("sequence", afterSequence))
            .Sort(Builders<BsonDocument>.Sort.Ascending("sequence")).Limit(limit).ToListAsync(cancellationToken);
        return [.. documents.Select(MongoDocuments.Notification)];
    }

    public async Task<int> CountUnreadAsync(string userId, CancellationToken cancellationToken) =>
        (int)await context.Notifications.CountDocumentsAsync(
            F.Eq("user_id", userId) & F.Eq("read", false), cancellationToken: cancellationToken);

    public async Task<int> MarkReadAsync(
        string userId, IReadOnlyCollection<string> notificationIds, CancellationToken cancellationToken) =>
        notificationIds.Count == 0 ? 0 : await MarkAsync(F.In("_id", notificationIds.Distinct()), userId, cancellationToken);

    public Task<int> MarkAllReadAsync(string userId, CancellationToken cancellationToken) =>
        MarkAsync(F.Empty, userId, cancellationToken);

    private async Task<int> MarkAsync(
        FilterDefinition<BsonDocument> filter, string userId, CancellationToken cancellationToken) =>
        (int)(await context.Notifications.UpdateManyAsync(
            filter & F.Eq("user_id", userId) & F.Eq("read", false), Builders<BsonDocument>.Update.Set("read", true),
            cancellationToken: cancellationToken)).ModifiedCount;

    private async Task<NotificationRecord?> FindByKeyAsync(
        NewNotification notification, CancellationToken cancellationToken)
    {
        if (notification.UniqueKey is null)
        {
            return null;
        }

        var document = await context.Notifications
            .Find(F.Eq("user_id", notification.UserId) & F.Exists("unique_key") & F.Eq("unique_key", notification.UniqueKey))
            .FirstOrDefaultAsync(cancellationToken);
        return document is null ? null : MongoDocuments.Notification(document);
    }
}
