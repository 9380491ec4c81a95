using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;

namespace Goals.Server.Tests.WebSockets.Connections;

/// <summary>An upgrade written byte for byte on a plain TCP connection, in as many pieces as the test asks.</summary>
public sealed class RawUpgrade : IAsyncDisposable
{
    private readonly TcpClient _tcp = new();

    private RawUpgrade()
    {
    }

    public NetworkStream Stream => _tcp.GetStream();

    /// <summary>The answer's head (status line and headers).</summary>
    public string ResponseHead { get; private set; } = "";

    public static string Head(Uri server, string key = "dGhlIHNhbXBsZSBub25jZQ==", string extraHeaders = "", string target = "/graphql") =>
        $"GET {target} HTTP/1.1\r\nHost: {server.Authority}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
        $"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: graphql-transport-ws\r\n{extraHeaders}\r\n";

    public static async Task<RawUpgrade> SendAsync(Uri server, string head, int pieces = 1, TimeSpan? pause = null)
    {
        var raw = new RawUpgrade();
        await raw._tcp.ConnectAsync(server.Host, server.Port);
        var bytes = Encoding.ASCII.GetBytes(head);
        var size = (bytes.Length + pieces - 1) / pieces;
        for (var offset = 0; offset < bytes.Length; offset += size)
        {
            await raw.Stream.WriteAsync(bytes.AsMemory(offset, Math.Min(size, bytes.Length - offset)));
            await raw.Stream.FlushAsync();
            if (offset + size < bytes.Length)
                await Task.Delay(pause ?? TimeSpan.FromMilliseconds(50));
        }

        raw.ResponseHead = await ReadHeadAsync(raw.Stream);
        return raw;
    }

    /// <summary>The client's side of the socket, over the connection the handshake was made on.</summary>
    public WebSocket ClientSocket() => WebSocket.CreateFromStream(Stream, isServer: false, "graphql-transport-ws", TimeSpan.Zero);

    public ValueTask DisposeAsync()
    {
        _tcp.Dispose();
        return ValueTask.CompletedTask;
    }

    // One byte at a time, so nothing after the head's blank line is taken from the socket's stream.
    private static async Task<string> ReadHeadAsync(NetworkStream stream)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var head = new StringBuilder();
        var one = new byte[1];
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await stream.ReadAsync(one, timeout.Token) == 0)
                break;
            head.Append((char)one[0]);
        }

        return head.ToString();
    }
}
