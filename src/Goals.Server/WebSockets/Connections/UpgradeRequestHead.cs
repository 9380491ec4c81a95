using System.Buffers;
using System.Text;

namespace Goals.Server.WebSockets.Connections;

/// <summary>
/// The head of a connection's first request, read as far as a WebSocket upgrade needs: the request line and the
/// headers the handshake and the admission look at. Only the plain shape is recognised (<c>GET</c>, HTTP/1.1, no
/// body, one <c>Host</c>, no folded or malformed lines, within <see cref="MaxBytes"/>); anything else is left to
/// Kestrel's HTTP parser, which answers it as it answers any request.
/// </summary>
internal sealed class UpgradeRequestHead
{
    /// <summary>Larger heads go to Kestrel, whose limits (and 431) apply.</summary>
    public const int MaxBytes = 8 * 1024;

    private static ReadOnlySpan<byte> Get => "GET "u8;

    private static ReadOnlySpan<byte> End => "\r\n\r\n"u8;

    public enum Status
    {
        NeedMore,
        NotUpgrade,
        Complete,
    }

    private UpgradeRequestHead()
    {
    }

    /// <summary>Bytes of the head, with its blank line: what the socket's stream starts after.</summary>
    public int Length { get; private init; }

    /// <summary>The request target's path, without its query.</summary>
    public string Path { get; private init; } = "";

    public string? Host { get; private set; }

    public string? Origin { get; private set; }

    public string? Key { get; private set; }

    public string? Version { get; private set; }

    public string Upgrade { get; private set; } = "";

    public string Connection { get; private set; } = "";

    public List<string> Subprotocols { get; } = [];

    /// <summary>Credentials on the upgrade: authenticating them is the HTTP pipeline's job.</summary>
    public bool HasAuthorization { get; private set; }

    private bool Malformed { get; set; }

    public static Status TryRead(ReadOnlySequence<byte> buffer, out UpgradeRequestHead? head)
    {
        head = null;
        var start = buffer.Slice(0, Math.Min(buffer.Length, Get.Length));
        if (!StartsWith(start, Get))
        {
            return Status.NotUpgrade;
        }

        var reader = new SequenceReader<byte>(buffer);
        if (!reader.TryReadTo(out ReadOnlySequence<byte> lines, End))
        {
            return buffer.Length >= MaxBytes ? Status.NotUpgrade : Status.NeedMore;
        }

        if (reader.Consumed > MaxBytes)
        {
            return Status.NotUpgrade;
        }

        head = Parse(Encoding.Latin1.GetString(lines), (int)reader.Consumed);
        return head is null ? Status.NotUpgrade : Status.Complete;
    }

    private static bool StartsWith(ReadOnlySequence<byte> start, ReadOnlySpan<byte> prefix)
    {
        Span<byte> copy = stackalloc byte[4];
        start.CopyTo(copy);
        return prefix[..(int)start.Length].SequenceEqual(copy[..(int)start.Length]);
    }

    private static UpgradeRequestHead? Parse(string text, int length)
    {
        var lines = text.Split("\r\n");
        var requestLine = lines[0].Split(' ');
        if (requestLine is not ["GET", ['/', ..] target, "HTTP/1.1"])
        {
            return null;
        }

        var query = target.IndexOf('?');
        var head = new UpgradeRequestHead { Length = length, Path = query < 0 ? target : target[..query] };
        foreach (var line in lines.AsSpan(1))
        {
            head.Add(line);
        }

        return head.Malformed || head.Host is null ? null : head;
    }

    private void Add(string line)
    {
        var colon = line.IndexOf(':');
        if (colon <= 0 || line.AsSpan(0, colon).ContainsAny(" \t"))
        {
            // A folded line, a name with whitespace or no colon: Kestrel's parser refuses these with 400.
            Malformed = true;
            return;
        }

        var name = line[..colon];
        var value = line[(colon + 1)..].Trim(' ', '\t');
        switch (name.ToLowerInvariant())
        {
            case "host": Malformed |= Host is not null; Host = value; break;
            case "origin": Malformed |= Origin is not null; Origin = value; break;
            case "sec-websocket-key": Malformed |= Key is not null; Key = value; break;
            case "sec-websocket-version": Malformed |= Version is not null; Version = value; break;
            case "upgrade": Upgrade = Upgrade.Length == 0 ? value : $"{Upgrade},{value}"; break;
            case "connection": Connection = Connection.Length == 0 ? value : $"{Connection},{value}"; break;
            case "sec-websocket-protocol": AddSubprotocols(value); break;
            case "authorization": HasAuthorization = true; break;
            // A body on an upgrade is unusual enough to leave to the HTTP parser.
            case "content-length" or "transfer-encoding": Malformed = true; break;
        }
    }

    private void AddSubprotocols(string value)
    {
        foreach (var token in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            Subprotocols.Add(token);
        }
    }
}
