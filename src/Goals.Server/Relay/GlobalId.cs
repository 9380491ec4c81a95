using System.Buffers;
using System.Text;

namespace Goals.Server.Relay;

/// <summary>Opaque Relay ids: base64 of <c>"Type:key"</c>, so a client can refetch any object through <c>node(id)</c>.</summary>
public static class GlobalId
{
    private const int StackLimit = 256;

    /// <remarks>Every object of an answer writes its id: the "Type:key" bytes are put together on the stack (or in a
    /// pooled buffer), so the id is the only string made.</remarks>
    public static string Encode(string typeName, string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        ArgumentNullException.ThrowIfNull(key);
        var length = Encoding.UTF8.GetByteCount(typeName) + 1 + Encoding.UTF8.GetByteCount(key);
        byte[]? rented = null;
        var bytes = length <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            var written = Encoding.UTF8.GetBytes(typeName, bytes);
            bytes[written++] = (byte)':';
            written += Encoding.UTF8.GetBytes(key, bytes[written..]);
            return Convert.ToBase64String(bytes[..written]);
        }
        finally
        {
            if (rented is not null)
                ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Splits an id into type name and key; <c>false</c> for anything that is not one of ours.</summary>
    public static bool TryDecode(string? id, out string typeName, out string key)
    {
        typeName = key = string.Empty;
        if (string.IsNullOrEmpty(id) || id.Length % 4 != 0)
            return false;
        var buffer = new byte[id.Length];
        if (!Convert.TryFromBase64String(id, buffer, out var written))
            return false;
        var text = Encoding.UTF8.GetString(buffer, 0, written);
        var separator = text.IndexOf(':', StringComparison.Ordinal);
        if (separator <= 0)
            return false;
        typeName = text[..separator];
        key = text[(separator + 1)..];
        return true;
    }
}
