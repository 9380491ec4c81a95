using System.Buffers;
using System.Text;

namespace Goals.Server.WebSockets.Connections;

/// <summary>
/// The head of a connection's first request, read as far as a WebSocket upgrade needs: the request line and the
/// headers the handshake and the admission look at. Only the plain shape is recognised (<c>GET</c>, HTTP/1.1, no
/// body, one <c>Host</c>, no folded or malformed lines, within <see cref="MaxBytes"/>); anything else is left to
/// Kestrel's HTTP parser, which answers it as it answers any request.
/// </summary>
internal sealed partial class UpgradeRequestHead
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

    /// <summary>Every <c>X-Forwarded-For</c> value, in order (lines joined with commas); null when none came.</summary>
    public string? ForwardedFor { get; private set; }

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

        // Control characters (a bare LF, NUL) or bytes beyond ASCII: Kestrel's parser decides what those mean.
        if (!IsPrintableAscii(lines))
        {
            return Status.NotUpgrade;
        }

        head = Parse(Encoding.ASCII.GetString(lines), (int)reader.Consumed);
        return head is null ? Status.NotUpgrade : Status.Complete;
    }

    private static bool IsPrintableAscii(ReadOnlySequence<byte> lines)
    {
        foreach (var segment in lines)
        {
            foreach (var b in segment.Span)
            {
                if (b is > 0x7E or (< 0x20 and not ((byte)'\t' or (byte)'\r' or (byte)'\n')))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool StartsWith(ReadOnlySequence<byte> start, ReadOnlySpan<byte> prefix)
    {
        Span<byte> copy = stackalloc byte[4];
        start.CopyTo(copy);
        return prefix[..(int)start.Length].SequenceEqual(copy[..(int)start.Length]);
    }
}
