using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Goals.Api.Tests.Snapshots;

/// <summary>
/// Makes an answer stable for a snapshot: ids, cursors and trace ids become numbered placeholders in order of first
/// appearance (the same id keeps its number, so references between objects still show), and instants become
/// <c>&lt;DateTime&gt;</c>. Local dates and local times stay: the tests' clock is fixed, and they are what the journeys check.
/// </summary>
public sealed partial class AnswerNormalizer
{
    private readonly Dictionary<string, string> _placeholders = new(StringComparer.Ordinal);

    public static JsonNode Normalize(JsonNode answer) => new AnswerNormalizer().Visit(answer.DeepClone(), propertyName: null)!;

    private JsonNode? Visit(JsonNode? node, string? propertyName)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                    obj[name] = Visit(value, name);
                return obj;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                    array[i] = Visit(array[i]?.DeepClone(), propertyName);
                return array;
            case JsonValue value when value.TryGetValue<string>(out var text):
                return JsonValue.Create(Replace(text, propertyName));
            default:
                return node;
        }
    }

    private string Replace(string text, string? propertyName)
    {
        if (Instant().IsMatch(text))
            return "<DateTime>";
        var kind = propertyName switch
        {
            "id" or "ids" or "goalId" or "activityId" or "notificationId" or "templateId" => "id",
            "cursor" or "startCursor" or "endCursor" => "cursor",
            "traceId" => "traceId",
            _ => null,
        };
        if (kind is null && !_placeholders.ContainsKey(text))
            return text;
        if (!_placeholders.TryGetValue(text, out var placeholder))
        {
            placeholder = $"<{kind} {_placeholders.Count(pair => pair.Value.StartsWith($"<{kind} ", StringComparison.Ordinal)) + 1}>";
            _placeholders[text] = placeholder;
        }

        return placeholder;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex Instant();
}
