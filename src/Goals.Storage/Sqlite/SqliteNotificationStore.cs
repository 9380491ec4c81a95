using Goals.Paging;
using Goals.Storage.Abstractions;
using Goals.Storage.Filtering;
using Goals.Storage.Paging;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace Goals.Storage.Sqlite;

/// <summary>
/// Sequences come from a per-user counter row bumped in the same write transaction as the insert, so they are
/// gap-free and a reader never sees sequence n+1 before n.
/// </summary>
public sealed class SqliteNotificationStore(SqliteDatabase database, IClock clock, IdGenerator ids) : INotificationStore
{
    private const string Select = $"SELECT {SqliteRows.NotificationColumns} FROM notifications";

    public Task<NotificationAddResult> AddAsync(NewNotification notification, CancellationToken cancellationToken) =>
        database.WriteAsync(
            async c =>
            {
                if (notification.UniqueKey is { } key)
                {
                    var existing = await QueryAsync(
                        c, "user_id = @user AND unique_key = @key", cancellationToken,
                        ("@user", notification.UserId), ("@key", key));
                    if (existing.Count > 0)
                    {
                        return new NotificationAddResult(existing[0], Created: false);
                    }
                }

                var sequence = await c.ScalarAsync(
                    """
                    INSERT INTO notification_sequences (user_id, last) VALUES (@user, 1)
                    ON CONFLICT (user_id) DO UPDATE SET last = last + 1 RETURNING last;
                    """,
                    cancellationToken, ("@user", notification.UserId));
                var record = new NotificationRecord(
                    ids.NewId(), notification.UserId, sequence, notification.Kind, notification.Message,
                    notification.GoalId, notification.UniqueKey, notification.Data,
                    StoredValues.Truncate(clock.GetCurrentInstant()), Read: false);
                await c.ExecuteAsync(
                    $"""
                    INSERT INTO notifications ({SqliteRows.NotificationColumns}) VALUES (@id, @user, @sequence, @kind,
                        @message, @goal, @key, @data, @created, 0);
                    """,
                    cancellationToken, ("@id", record.Id), ("@user", record.UserId), ("@sequence", sequence),
                    ("@kind", StoredValues.ToText(record.Kind)), ("@message", record.Message), ("@goal", record.GoalId),
                    ("@key", record.UniqueKey), ("@data", record.Data),
                    ("@created", StoredValues.ToMillis(record.CreatedAt)));
                return new NotificationAddResult(record, Created: true);
            },
            cancellationToken);

    public async Task<NotificationRecord?> GetAsync(
        string userId, string notificationId, CancellationToken cancellationToken) =>
        (await database.ReadAsync(
            c => QueryAsync(
                c, "id = @id AND user_id = @user", cancellationToken, ("@id", notificationId), ("@user", userId)),
            cancellationToken)).SingleOrDefault();

    public Task<Page<NotificationRecord>> PageAsync(
        string userId, bool unreadOnly, ListFilter filter, IReadOnlyList<NotificationSort> sort, PageRequest page,
        CancellationToken cancellationToken)
    {
        var order = Orders.Notifications(sort, filter);
        List<(string Name, object? Value)> parameters = [("@user", userId)];
        var where = (unreadOnly ? "user_id = @user AND read = 0" : "user_id = @user")
            + SqliteFilter.And(filter, FilterFields.Notifications, parameters);
        return database.ReadAsync(
            c => KeysetPager.PageAsync(
                order, page,
                new SqliteKeysetSource<NotificationRecord>(
                    c, "notifications", SqliteRows.NotificationColumns, where, parameters, order,
                    SqliteRows.Notification),
                notification => Orders.NotificationValues(order, notification), cancellationToken),
            cancellationToken);
    }

    public async Task<IReadOnlyList<NotificationRecord>> ListAfterAsync(
        string userId, long afterSequence, int limit, CancellationToken cancellationToken) =>
        await database.ReadAsync(
            c => QueryAsync(
                c, "user_id = @user AND sequence > @after ORDER BY sequence LIMIT @limit", cancellationToken,
                ("@user", userId), ("@after", afterSequence), ("@limit", limit)),
            cancellationToken);

    public async Task<int> CountUnreadAsync(string userId, CancellationToken cancellationToken) =>
        (int)await database.ReadAsync(
            c => c.ScalarAsync(
                "SELECT COUNT(*) FROM notifications WHERE user_id = @user AND read = 0;", cancellationToken,
                ("@user", userId)),
            cancellationToken);

    public async Task<int> MarkReadAsync(
        string userId, IReadOnlyCollection<string> notificationIds, CancellationToken cancellationToken)
    {
        if (notificationIds.Count == 0)
        {
            return 0;
        }

        var (list, parameters) = SqliteCommands.InList(notificationIds.Distinct(), "n");
        parameters.Add(("@user", userId));
        return await database.WriteAsync(
            c => c.ExecuteAsync(
                $"UPDATE notifications SET read = 1 WHERE user_id = @user AND read = 0 AND id IN ({list});",
                cancellationToken, parameters),
            cancellationToken);
    }

    public Task<int> MarkAllReadAsync(string userId, CancellationToken cancellationToken) =>
        database.WriteAsync(
            c => c.ExecuteAsync(
                "UPDATE notifications SET read = 1 WHERE user_id = @user AND read = 0;", cancellationToken,
                ("@user", userId)),
            cancellationToken);

    private static Task<List<NotificationRecord>> QueryAsync(
        SqliteConnection connection, string where, CancellationToken cancellationToken,
        params (string, object?)[] parameters) =>
        connection.QueryAsync(
            $"{Select} WHERE {where};", SqliteRows.Notification, cancellationToken, parameters);
}
