using Goals.Server.Relay;

namespace Goals.Api.Activities;

/// <summary>Activity ids as clients see them: Relay global ids of type <c>Activity</c>.</summary>
public static class ActivityIds
{
    public const string TypeName = "Activity";

    public static string Encode(string key) => GlobalId.Encode(TypeName, key);

    /// <summary>The stored key of an activity id; false for a malformed id or another type's id.</summary>
    public static bool TryDecode(string? id, out string key) =>
        GlobalId.TryDecode(id, out var type, out key) && type == TypeName;
}
