using System.Buffers;
using System.Net.WebSockets;
using System.Text;

namespace Goals.Server.WebSockets;

/// <summary>Reads whole client messages (which may arrive in fragments) up to a size limit.</summary>
internal sealed class WebSocketMessageReader(WebSocket socket, int maxMessageBytes)
{
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);

    public async Task<ReceivedMessage> ReceiveAsync(CancellationToken cancellationToken)
    {
        _buffer.ResetWrittenCount();
        while (true)
        {
            var result = await socket.ReceiveAsync(_buffer.GetMemory(4096), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return ReceivedMessage.Closed(socket.CloseStatus, socket.CloseStatusDescription);
            }

            _buffer.Advance(result.Count);
            if (_buffer.WrittenCount > maxMessageBytes)
            {
                return ReceivedMessage.TooBig;
            }

            if (result.EndOfMessage)
            {
                return result.MessageType == WebSocketMessageType.Binary
                    ? ReceivedMessage.Binary
                    : ReceivedMessage.OfText(Encoding.UTF8.GetString(_buffer.WrittenSpan));
            }
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
