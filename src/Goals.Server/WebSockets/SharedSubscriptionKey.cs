using System.Buffers;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Goals.Server.Execution;

namespace Goals.Server.WebSockets;

/// <summary>
/// What makes two socket operations the same subscription: the subprotocol (its messages are worded differently),
/// the user's name, the query text, the operation name, and the variables and extensions (a persisted query's hash
/// lives there) as canonical JSON, so the order of their properties and their spacing do not matter.
/// </summary>
internal sealed record SharedSubscriptionKey(
    string Subprotocol, string User, string? Query, string? OperationName, string? Variables, string? Extensions)
{
    /// <summary>
    /// The key of a request, or <c>null</c> when it may not be shared: an anonymous caller, or one whose identity has
    /// no name, could be told apart only by what the resolvers read of them, so they always run alone. A request that
    /// turns out not to be a subscription is never shared either, whatever its key.
    /// </summary>
    public static SharedSubscriptionKey? For(string subprotocol, ClaimsPrincipal user, GraphQLRequest request, JsonElement? payload)
    {
        if (user.Identity is not { IsAuthenticated: true, Name: { Length: > 0 } name } || payload is not { } body)
        {
            return null;
        }

        // The keyword is case-sensitive: a query or mutation is told apart here without parsing (a persisted query,
        // whose text is not at hand, keeps its key and is told apart by its result).
        if (request.Query is { } query && !query.Contains("subscription", StringComparison.Ordinal))
        {
            return null;
        }

        return new SharedSubscriptionKey(
            subprotocol, name, request.Query, request.OperationName, Canonical(body, "variables"), Canonical(body, "extensions"));
    }

    private static string? Canonical(JsonElement body, string property)
    {
        if (!body.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteCanonical(writer, value);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteCanonical(Utf8JsonWriter writer, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                // OrderBy is stable: repeated names keep their order (and such objects simply never match another's).
                foreach (var property in value.EnumerateObject().OrderBy(property => property.Name, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(property.Name);
                    WriteCanonical(writer, property.Value);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in value.EnumerateArray())
                {
                    WriteCanonical(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                // Numbers keep their text (1 and 1.0 are not merged: at worst two executions where one would do).
                value.WriteTo(writer);
                break;
        }
    }
}
