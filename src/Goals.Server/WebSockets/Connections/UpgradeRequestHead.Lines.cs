using System.Buffers;

namespace Goals.Server.WebSockets.Connections;

/// <summary>The request line and header lines of an upgrade's head, as text.</summary>
internal sealed partial class UpgradeRequestHead
{
    // RFC 9110's tchar: what a header name is made of.
    private static readonly SearchValues<char> TokenCharacters =
        SearchValues.Create("!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

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
        if (colon <= 0 || line.AsSpan(0, colon).ContainsAnyExcept(TokenCharacters) || line.AsSpan().ContainsAny('\r', '\n'))
        {
            // A folded line, a name that is not a token, a bare CR or LF, no colon: Kestrel's parser refuses these.
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
            case "x-forwarded-for": ForwardedFor = ForwardedFor is null ? value : $"{ForwardedFor},{value}"; break;
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
