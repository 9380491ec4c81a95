using Goals.Api.Common;
using Goals.Api.Goals;
using Goals.Api.GraphQL.Filtering;
using Goals.Api.Infrastructure;
using Goals.Paging;
using Goals.Server.Errors;
using Goals.Storage.Abstractions;
using Microsoft.Extensions.Options;

namespace Goals.Api.Notifications;

/// <summary>The caller's inbox: reading it page by page and marking entries read.</summary>
public sealed class NotificationService(INotificationStore inbox, IOptions<GoalsOptions> options)
{
    /// <summary>One page of the inbox; <paramref name="where"/> and <paramref name="order"/> are the raw GraphQL arguments.</summary>
    public async Task<IPage> PageAsync(
        string userId, bool unreadOnly, object? where, object? order, PageRequest page, CancellationToken cancellationToken)
    {
        // The inbox has no text field to filter on: any text operand is out of place.
        var filter = FilterReader.Read(where, options.Value, maxTextLength: 0);
        var sort = SortReader.Read(order, NotificationSortFields.ByName)
            .Select(key => new NotificationSort(key.Field, key.Direction)).ToList();
        return await inbox.PageAsync(userId, unreadOnly, filter, sort, page, cancellationToken);
    }

    public async Task<NotificationRecord?> GetAsync(string userId, string key, CancellationToken cancellationToken) =>
        await inbox.GetAsync(userId, key, cancellationToken);

    /// <summary>
    /// Marks the given notifications (or all) read and counts those that were unread. Ids of other users' notifications,
    /// of other types or malformed ones are ignored like unknown ones: they change and count nothing.
    /// </summary>
    public async Task<MarkNotificationsReadPayload> MarkReadAsync(
        string userId, MarkNotificationsReadInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var ids = input.Ids ?? [];
        if (input.All == true)
        {
            return ids.Count > 0
                ? throw Refuse("Pass either `ids` or `all: true`, not both.")
                : new MarkNotificationsReadPayload(await inbox.MarkAllReadAsync(userId, cancellationToken));
        }

        if (ids.Count == 0)
        {
            throw Refuse("Nothing to mark: pass the notification `ids`, or `all: true`.");
        }

        var limit = options.Value.MaxIdsPerBulkCall;
        if (ids.Count > limit)
        {
            throw Refuse($"At most {limit} ids can be marked at once; {ids.Count} were given.");
        }

        var keys = ids.Select(id => NotificationIds.TryDecode(id, out var key) ? key : null).OfType<string>().Distinct().ToList();
        return new MarkNotificationsReadPayload(
            keys.Count == 0 ? 0 : await inbox.MarkReadAsync(userId, keys, cancellationToken));
    }

    private static GraphQLRequestError Refuse(string message) => new(ErrorCodes.BadUserInput, message);
}
