using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace Goals.Paging;

/// <summary>Cursors are base64url JSON arrays: the order's signature followed by the row's key values.</summary>
public static class CursorCodec
{
    public static string Encode(KeysetOrder order, IReadOnlyList<object> values)
    {
        var items = new object[values.Count + 1];
        items[0] = order.Signature;
        for (var i = 0; i < values.Count; i++)
        {
            items[i + 1] = values[i];
        }

        return Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(items));
    }

    public static IReadOnlyList<object> Decode(KeysetOrder order, string cursor)
    {
        try
        {
            using var json = JsonDocument.Parse(Base64Url.DecodeFromChars(cursor));
            var items = json.RootElement;
            if (items.ValueKind != JsonValueKind.Array || items.GetArrayLength() != order.Keys.Count + 1
                || items[0].ValueKind != JsonValueKind.String || items[0].GetString() != order.Signature)
            {
                throw Invalid();
            }

            return [.. order.Keys.Select((key, i) => Read(key, items[i + 1]))];
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            throw Invalid();
        }
    }

    private static object Read(SortKey key, JsonElement element) => key.Kind switch
    {
        KeyKind.Number or KeyKind.Instant when element.ValueKind == JsonValueKind.Number => element.GetInt64(),
        KeyKind.Text when element.ValueKind == JsonValueKind.String => element.GetString()!,
        KeyKind.Fraction when element.ValueKind == JsonValueKind.Number => element.GetDouble(),
        _ => throw Invalid(),
    };

    private static InvalidCursorException Invalid() =>
        new("The cursor is not valid for this list and order.");
}
