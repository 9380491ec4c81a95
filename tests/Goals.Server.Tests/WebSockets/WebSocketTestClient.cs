using Goals.Server.Tests.TestHost;
using System.Net.WebSockets;
using System.Text;

namespace Goals.Server.Tests.WebSockets;

/// <summary>A raw WebSocket client that reads and writes protocol messages as exact JSON text.</summary>
public sealed class WebSocketTestClient : IAsyncDisposable
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);
    private readonly ClientWebSocket _socket = new();

    private WebSocketTestClient()
    {
    }

    public string? SubProtocol => _socket.SubProtocol;

    public WebSocketState State => _socket.State;

    /// <summary>The HTTP status of the handshake's answer (101 when the upgrade was accepted).</summary>
    public System.Net.HttpStatusCode HandshakeStatus => _socket.HttpStatusCode;

    /// <summary>The close code and reason the server sent, once the socket is closed.</summary>
    public string? CloseStatus => _socket.CloseStatus is { } status ? $"{(int)status} {_socket.CloseStatusDescription}" : null;

    public static Task<WebSocketTestClient> ConnectAsync(Uri graphQLUri, params string[] subprotocols) =>
        ConnectFromAsync(graphQLUri, null, subprotocols);

    /// <summary>Connects as a browser page on <paramref name="origin"/> would (null: no Origin, like a non-browser client).</summary>
    public static Task<WebSocketTestClient> ConnectFromAsync(Uri graphQLUri, string? origin, params string[] subprotocols) =>
        ConnectWithHeadersAsync(graphQLUri, origin is null ? [] : new() { ["Origin"] = origin }, subprotocols);

    /// <summary>Connects with these headers on the upgrade request.</summary>
    public static async Task<WebSocketTestClient> ConnectWithHeadersAsync(
        Uri graphQLUri, Dictionary<string, string> headers, params string[] subprotocols)
    {
        var client = new WebSocketTestClient();
        foreach (var subprotocol in subprotocols)
            client._socket.Options.AddSubProtocol(subprotocol);
        foreach (var (name, value) in headers)
            client._socket.Options.SetRequestHeader(name, value);
        client._socket.Options.CollectHttpResponseDetails = true;
        client._socket.Options.RemoteCertificateValidationCallback = (_, certificate, _, errors) => TestCertificate.Trusts(certificate, errors);
        var uri = new UriBuilder(graphQLUri) { Scheme = graphQLUri.Scheme == "https" ? "wss" : "ws" }.Uri;
        using var timeout = new CancellationTokenSource(DefaultTimeout);
        await client._socket.ConnectAsync(uri, timeout.Token);
        return client;
    }

    public static async Task<WebSocketTestClient> ConnectAndInitAsync(Uri graphQLUri, string initMessage = """{"type":"connection_init"}""")
    {
        var client = await ConnectAsync(graphQLUri, "graphql-transport-ws");
        await client.SendAsync(initMessage);
        Assert.Equal("""{"type":"connection_ack"}""", await client.ReceiveAsync());
        return client;
    }

    public Task SendAsync(string text) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    /// <summary>A text message of raw bytes, which need not be valid UTF-8.</summary>
    public Task SendTextBytesAsync(byte[] bytes) =>
        _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    public Task SendBinaryAsync(byte[] bytes) =>
        _socket.SendAsync(bytes, WebSocketMessageType.Binary, endOfMessage: true, CancellationToken.None);

    /// <summary>The next text message; fails when the server closes instead.</summary>
    public async Task<string> ReceiveAsync(TimeSpan? timeout = null)
    {
        var (text, close) = await ReceiveFrameAsync(timeout ?? DefaultTimeout);
        return text ?? throw new InvalidOperationException($"Expected a message, but the server closed with {close}");
    }

    /// <summary>Reads until the server's close frame; returns the messages before it and the close code and reason.</summary>
    public async Task<(IReadOnlyList<string> Messages, string Close)> ReceiveUntilCloseAsync(TimeSpan? timeout = null)
    {
        var messages = new List<string>();
        while (true)
        {
            var (text, close) = await ReceiveFrameAsync(timeout ?? DefaultTimeout);
            if (close is not null)
                return (messages, close);
            messages.Add(text!);
        }
    }

    /// <summary>The close code and reason, after the client answered the server's close frame.</summary>
    public async Task<string> ReceiveCloseAsync(TimeSpan? timeout = null)
    {
        var (messages, close) = await ReceiveUntilCloseAsync(timeout);
        Assert.Empty(messages);
        return close;
    }

    /// <summary>True when nothing at all arrives within <paramref name="window"/> (the socket is unusable after).</summary>
    public async Task<bool> StaysSilentAsync(TimeSpan window)
    {
        try
        {
            await ReceiveFrameAsync(window);
            return false;
        }
        catch (OperationCanceledException)
        {
            return true;
        }
    }

    public Task CloseAsync() => _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);

    private async Task<(string? Text, string? Close)> ReceiveFrameAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        while (true)
        {
            var result = await _socket.ReceiveAsync(chunk, cancellation.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                if (_socket.State == WebSocketState.CloseReceived)
                    await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                return (null, $"{(int?)result.CloseStatus} {result.CloseStatusDescription}");
            }

            buffer.Write(chunk, 0, result.Count);
            if (result.EndOfMessage)
                return (Encoding.UTF8.GetString(buffer.ToArray()), null);
        }
    }

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }
}
