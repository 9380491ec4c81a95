using Goals.Server.Relay;

namespace Goals.Api.Notifications;

/// <summary>Notification ids as clients see them: Relay global ids of type <c>Notification</c>.</summary>
public static class NotificationIds
{
    public const string TypeName = "Notification";

    public static string Encode(string key) => GlobalId.Encode(TypeName, key);

    /// <summary>The stored key of a notification id; false for a malformed id or another type's id.</summary>
    public static bool TryDecode(string? id, out string key) =>
        GlobalId.TryDecode(id, out var type, out key) && type == TypeName && key.Length > 0;
}
