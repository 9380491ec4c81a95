using System.Text;
using System.Text.Json;

namespace Goals.Server.WebSockets;

/// <summary>A client message of either subprotocol: its type, optional operation id, optional payload and its size.</summary>
internal sealed record ClientMessage(string Type, string? Id, JsonElement? Payload, int Bytes)
{
    /// <summary>Parses the envelope; <c>null</c> when the text is not a JSON object with a string <c>type</c>.</summary>
    public static ClientMessage? TryParse(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            string? id = null;
            if (root.TryGetProperty("id", out var idElement))
            {
                if (idElement.ValueKind == JsonValueKind.String)
                {
                    id = idElement.GetString();
                }
                else if (idElement.ValueKind != JsonValueKind.Null)
                {
                    return null;
                }
            }

            JsonElement? payload = root.TryGetProperty("payload", out var element) && element.ValueKind != JsonValueKind.Null
                ? element.Clone()
                : null;
            return new ClientMessage(type.GetString()!, id, payload, Encoding.UTF8.GetByteCount(text));
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: the type or id holds an unpaired surrogate, text .NET cannot decode.
            return null;
        }
    }

    /// <summary>True when the payload is absent or a JSON object, the only shapes the protocols allow.</summary>
    public bool HasObjectOrNoPayload => Payload is null || Payload.Value.ValueKind == JsonValueKind.Object;
}
