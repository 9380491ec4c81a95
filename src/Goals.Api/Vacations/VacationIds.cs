using Goals.Server.Relay;

namespace Goals.Api.Vacations;

/// <summary>Vacation ids as clients see them: Relay global ids of type <c>Vacation</c>.</summary>
public static class VacationIds
{
    public const string TypeName = "Vacation";

    public static string Encode(string key) => GlobalId.Encode(TypeName, key);

    /// <summary>The stored key of a vacation id; false for a malformed id or another type's id.</summary>
    public static bool TryDecode(string? id, out string key) =>
        GlobalId.TryDecode(id, out var type, out key) && type == TypeName && key.Length > 0;
}
