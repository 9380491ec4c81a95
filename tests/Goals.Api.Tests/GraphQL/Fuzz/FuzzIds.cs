using System.Text;
using System.Text.Json.Nodes;

namespace Goals.Api.Tests.GraphQL.Fuzz;

/// <summary>
/// The ids the fuzz has seen, per user and kind, so later calls hit real objects: the caller's own (most of the time),
/// another user's, or a malformed one.
/// </summary>
public sealed class FuzzIds(FuzzValues values)
{
    private static readonly string[] Malformed =
    [
        "", "abc", "R29hbDo=", Base64("Goal:999999999"), Base64("Activity:1"), Base64("Vacation:"),
        Base64("Goal:" + new string('k', 3000)), Base64("Notification:-1"), "====", "R29hbDox\u0000",
    ];

    private readonly Dictionary<(string User, string Kind), List<string>> _seen = [];

    public void Add(string user, string kind, string? id)
    {
        if (id is null)
            return;
        var list = ListOf(user, kind);
        if (!list.Contains(id))
            list.Add(id);
    }

    public void Remove(string user, string kind, string? id)
    {
        if (id is not null)
            ListOf(user, kind).Remove(id);
    }

    /// <summary>70% one of the caller's own (always, in a clean call), 12% another user's, the rest malformed (or a number).</summary>
    public JsonNode? Pick(string user, string kind)
    {
        var roll = values.Random.NextDouble();
        var own = ListOf(user, kind);
        if ((roll < 0.7 || values.Clean) && own.Count > 0)
            return values.Pick(own);
        var others = _seen.Where(entry => entry.Key.Kind == kind && entry.Key.User != user && entry.Value.Count > 0).ToList();
        if (roll < 0.82 && others.Count > 0)
            return values.Pick(values.Pick(others).Value);
        return values.Chance(0.1) ? JsonValue.Create(12345) : values.Pick(Malformed);
    }

    public JsonArray PickMany(string user, string kind, int count)
    {
        var ids = new JsonArray();
        for (var i = 0; i < count; i++)
            ids.Add(Pick(user, kind) ?? "");
        return ids;
    }

    private List<string> ListOf(string user, string kind)
    {
        if (!_seen.TryGetValue((user, kind), out var list))
            _seen[(user, kind)] = list = [];
        return list;
    }

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
}
