using Goals.Server.Relay;

namespace Goals.Api.Common;

/// <summary>Goal ids as clients see them: Relay global ids of type <c>Goal</c>.</summary>
public static class GoalIds
{
    public const string TypeName = "Goal";

    public static string Encode(string key) => GlobalId.Encode(TypeName, key);

    /// <summary>The stored key of a goal id; false for a malformed id or another type's id.</summary>
    public static bool TryDecode(string? id, out string key) =>
        GlobalId.TryDecode(id, out var type, out key) && type == TypeName;
}
