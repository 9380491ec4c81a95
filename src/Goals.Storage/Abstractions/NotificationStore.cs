using Goals.Paging;
using NodaTime;

namespace Goals.Storage.Abstractions;

public enum NotificationKind
{
    MilestoneReached,
    GoalCompleted,
    StreakAtRisk,
    StreakBroken,
    WeeklySummary,
    BehindPace,
}

/// <summary>An inbox entry. <see cref="Sequence"/> grows per user; <see cref="UniqueKey"/> makes emission once-only.</summary>
public sealed record NotificationRecord(
    string Id,
    string UserId,
    long Sequence,
    NotificationKind Kind,
    string Message,
    string? GoalId,
    string? UniqueKey,
    string? Data,
    Instant CreatedAt,
    bool Read);

/// <param name="UniqueKey">e.g. one per milestone and streak run; a second insert with it stores nothing.</param>
/// <param name="Data">An optional JSON payload for clients.</param>
public sealed record NewNotification(
    string UserId,
    NotificationKind Kind,
    string Message,
    string? GoalId = null,
    string? UniqueKey = null,
    string? Data = null);

/// <param name="Created">False when the unique key already existed; <paramref name="Notification"/> is the stored one.</param>
public sealed record NotificationAddResult(NotificationRecord Notification, bool Created);

public interface INotificationStore
{
    Task<NotificationAddResult> AddAsync(NewNotification notification, CancellationToken cancellationToken);

    Task<NotificationRecord?> GetAsync(string userId, string notificationId, CancellationToken cancellationToken);

    /// <summary>Newest first (sequence descending).</summary>
    Task<Page<NotificationRecord>> PageAsync(
        string userId, bool unreadOnly, PageRequest page, CancellationToken cancellationToken) =>
        PageAsync(userId, unreadOnly, ListFilter.None, [], page, cancellationToken);

    /// <summary>
    /// The entries that pass <paramref name="filter"/> (fields: kind, read, createdAt) in <paramref name="sort"/>
    /// order, the sequence breaking ties; no sort keys means newest first.
    /// </summary>
    /// <exception cref="InvalidCursorException">A cursor that this sort and filter did not produce.</exception>
    Task<Page<NotificationRecord>> PageAsync(
        string userId, bool unreadOnly, ListFilter filter, IReadOnlyList<NotificationSort> sort, PageRequest page,
        CancellationToken cancellationToken);

    /// <summary>Entries with a sequence above <paramref name="afterSequence"/>, oldest first (catch-up after reconnect).</summary>
    Task<IReadOnlyList<NotificationRecord>> ListAfterAsync(
        string userId, long afterSequence, int limit, CancellationToken cancellationToken);

    Task<int> CountUnreadAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Marks the given entries of the user read; returns how many changed from unread to read.</summary>
    Task<int> MarkReadAsync(string userId, IReadOnlyCollection<string> notificationIds, CancellationToken cancellationToken);

    Task<int> MarkAllReadAsync(string userId, CancellationToken cancellationToken);
}
