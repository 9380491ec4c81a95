using System.Buffers;
using System.Net.WebSockets;
using System.Text;

namespace Goals.Server.WebSockets;

/// <summary>
/// Reads whole client messages (which may arrive in fragments) up to a size limit. An idle socket holds no buffer:
/// it waits with a zero-byte read, and only once a frame has arrived is a buffer rented from the shared pool, for
/// as long as that one message is being read. Thousands of quiet subscribers thus hold no receive memory.
/// </summary>
internal sealed class WebSocketMessageReader(WebSocket socket, int maxMessageBytes)
{
    private const int ChunkBytes = 4096;

    public async Task<ReceivedMessage> ReceiveAsync(CancellationToken cancellationToken)
    {
        // The idle wait registers nothing on the request's token (a registration in the socket and one in Kestrel's
        // pipe, for the socket's whole life): the connection's end, or the session aborting the socket, ends it too.
        var waited = await socket.ReceiveAsync(Memory<byte>.Empty, CancellationToken.None);
        if (waited.MessageType == WebSocketMessageType.Close)
        {
            return ReceivedMessage.Closed(socket.CloseStatus, socket.CloseStatusDescription);
        }

        if (waited.EndOfMessage)
        {
            return waited.MessageType == WebSocketMessageType.Binary ? ReceivedMessage.Binary : ReceivedMessage.OfText(string.Empty);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        var written = 0;
        try
        {
            while (true)
            {
                if (written == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, written).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var result = await socket.ReceiveAsync(buffer.AsMemory(written), cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return ReceivedMessage.Closed(socket.CloseStatus, socket.CloseStatusDescription);
                }

                written += result.Count;
                if (written > maxMessageBytes)
                {
                    return ReceivedMessage.TooBig;
                }

                if (result.EndOfMessage)
                {
                    return result.MessageType == WebSocketMessageType.Binary
                        ? ReceivedMessage.Binary
                        : ReceivedMessage.OfText(Encoding.UTF8.GetString(buffer, 0, written));
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}

/// <summary>One thing the client sent: a text message, a binary message, an oversized message or the close frame.</summary>
internal sealed record ReceivedMessage(ReceivedMessageKind Kind, string? Text, WebSocketCloseStatus? CloseStatus, string? CloseDescription)
{
    public static readonly ReceivedMessage Binary = new(ReceivedMessageKind.Binary, null, null, null);
    public static readonly ReceivedMessage TooBig = new(ReceivedMessageKind.TooBig, null, null, null);

    public static ReceivedMessage OfText(string text) => new(ReceivedMessageKind.Text, text, null, null);

    public static ReceivedMessage Closed(WebSocketCloseStatus? status, string? description) =>
        new(ReceivedMessageKind.Close, null, status, description);

    /// <summary>The reply to a client's close frame repeats its code; 1005 ("no code") may not be sent, so it becomes 1000.</summary>
    public WebSocketCloseReason EchoReason() =>
        CloseStatus is { } status && status != WebSocketCloseStatus.Empty
            ? new WebSocketCloseReason((int)status, CloseDescription ?? string.Empty)
            : WebSocketCloseReason.Normal;
}

internal enum ReceivedMessageKind { Text, Binary, TooBig, Close }
