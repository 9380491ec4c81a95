using System.Text.Json;
using Goals.Server.Errors;

namespace Goals.Server.Relay;

/// <summary>
/// An opaque keyset cursor: the sort key and id of the item it points at, so pages stay stable when items are
/// inserted before the cursor (unlike offsets).
/// </summary>
public static class KeysetCursor
{
    public static string Encode<TSort>(TSort sortKey, string id) =>
        Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(new CursorPayload<TSort>(sortKey, id)));

    /// <summary>The sort key and id in <paramref name="cursor"/>, or <see cref="ErrorCodes.InvalidCursor"/>.</summary>
    public static (TSort SortKey, string Id) Decode<TSort>(string cursor)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        try
        {
            var payload = JsonSerializer.Deserialize<CursorPayload<TSort>>(Convert.FromBase64String(cursor));
            if (payload is { I: not null, S: not null })
                return (payload.S, payload.I);
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            // Falls through: any malformed cursor gets the same client error.
        }

        throw new GraphQLRequestError(ErrorCodes.InvalidCursor, $"'{cursor}' is not a valid cursor for this connection.");
    }

    private sealed record CursorPayload<TSort>(TSort S, string I);
}
