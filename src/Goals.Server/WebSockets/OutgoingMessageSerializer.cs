using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;

namespace Goals.Server.WebSockets;

/// <summary>Writes server messages with the GraphQL.NET serializer, so results and errors look exactly as over HTTP.</summary>
internal sealed class OutgoingMessageSerializer(IGraphQLTextSerializer serializer)
{
    // A payload whose text is known, so the envelope written around it can be cut where the payload begins.
    private static readonly JsonElement PayloadMarker = JsonSerializer.SerializeToElement(0);

    public ReadOnlyMemory<byte> Serialize(string type, string? id = null, object? payload = null) =>
        Encoding.UTF8.GetBytes(serializer.Serialize(new OperationMessage { Type = type, Id = id, Payload = payload }));

    /// <summary>A result as the payload of a message, written once for every subscriber that shares it.</summary>
    public ReadOnlyMemory<byte> SerializePayload(ExecutionResult result) => Encoding.UTF8.GetBytes(serializer.Serialize(result));

    /// <summary>
    /// What comes before the payload in a message of <paramref name="type"/> for <paramref name="id"/>, written by the
    /// same serializer as <see cref="Serialize"/> (same property order, same escaping of the id), so that
    /// <see cref="Compose"/> gives the very bytes <see cref="Serialize"/> would.
    /// </summary>
    public byte[] PayloadPrefix(string type, string id)
    {
        var envelope = serializer.Serialize(new OperationMessage { Type = type, Id = id, Payload = PayloadMarker });
        if (!envelope.EndsWith("0}", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The serializer does not write the payload last: {envelope}");
        }

        return Encoding.UTF8.GetBytes(envelope[..^2]);
    }

    /// <summary>One message: its prefix (<see cref="PayloadPrefix"/>), the shared payload, and the closing brace.</summary>
    public static ReadOnlyMemory<byte> Compose(byte[] prefix, ReadOnlyMemory<byte> payload)
    {
        var message = new byte[prefix.Length + payload.Length + 1];
        prefix.CopyTo(message, 0);
        payload.Span.CopyTo(message.AsSpan(prefix.Length));
        message[^1] = (byte)'}';
        return message;
    }
}
