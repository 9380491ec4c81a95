using System.Text;

namespace Goals.Server.Relay;

/// <summary>Opaque Relay ids: base64 of <c>"Type:key"</c>, so a client can refetch any object through <c>node(id)</c>.</summary>
public static class GlobalId
{
    public static string Encode(string typeName, string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        ArgumentNullException.ThrowIfNull(key);
        return Convert.ToBase64String(Encoding.UTF8.GetBytes($"{typeName}:{key}"));
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
