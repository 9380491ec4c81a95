using Goals.Api.GraphQL;
using Goals.Server.Relay;
using GraphQL;

namespace Goals.Api.Notifications;

/// <summary><c>node(id)</c> for notifications: only the caller's own are found.</summary>
public sealed class NotificationNodeResolver(NotificationService notifications) : INodeResolver
{
    public string TypeName => NotificationIds.TypeName;

    public async Task<IReadOnlyDictionary<string, object>> ResolveAsync(
        IReadOnlyList<string> keys, IResolveFieldContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var userId = context.UserId();
        var found = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (await notifications.GetAsync(userId, key, cancellationToken) is { } notification)
            {
                found[key] = notification;
            }
        }

        return found;
    }
}
