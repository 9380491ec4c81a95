using System.Security.Cryptography;
using System.Text;

namespace Goals.Server.WebSockets.Connections;

/// <summary>The server's side of the RFC 6455 opening handshake, for upgrades taken from the connection.</summary>
internal static class WebSocketHandshake
{
    private const string KeyGuid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    /// <summary>
    /// Whether the head asks for a WebSocket as RFC 6455 (4.2.1) has it, checked as ASP.NET Core's WebSockets middleware
    /// checks it: <c>Upgrade: websocket</c>, <c>Connection: Upgrade</c>, version 13 and a key of 16 base64 bytes.
    /// </summary>
    public static bool IsValid(UpgradeRequestHead head) =>
        HasToken(head.Upgrade, "websocket") && HasToken(head.Connection, "upgrade") && head.Version == "13"
        && IsValidKey(head.Key);

    /// <summary>The 101 answer, with the subprotocol when one was chosen.</summary>
    public static byte[] Response(string key, string? subprotocol, DateTimeOffset now)
    {
#pragma warning disable CA5350 // RFC 6455 prescribes SHA-1 for the accept value; it proves a WebSocket server answered, it secures nothing.
        var accept = Convert.ToBase64String(SHA1.HashData(Encoding.ASCII.GetBytes(key + KeyGuid)));
#pragma warning restore CA5350
        var text = new StringBuilder("HTTP/1.1 101 Switching Protocols\r\n")
            .Append("Connection: Upgrade\r\n")
            .Append("Date: ").Append(now.ToString("r")).Append("\r\n")
            .Append("Upgrade: websocket\r\n")
            .Append("Sec-WebSocket-Accept: ").Append(accept).Append("\r\n");
        if (subprotocol is not null)
        {
            text.Append("Sec-WebSocket-Protocol: ").Append(subprotocol).Append("\r\n");
        }

        return Encoding.ASCII.GetBytes(text.Append("\r\n").ToString());
    }

    private static bool IsValidKey(string? key)
    {
        Span<byte> decoded = stackalloc byte[18];
        return key is { Length: 24 } && Convert.TryFromBase64String(key, decoded, out var written) && written == 16;
    }

    private static bool HasToken(string list, string token)
    {
        foreach (var part in list.Split(',', StringSplitOptions.TrimEntries))
        {
            if (part.Equals(token, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
