using System.Text;
using GraphQL;
using GraphQL.Transport;

namespace Goals.Server.WebSockets;

/// <summary>Writes server messages with the GraphQL.NET serializer, so results and errors look exactly as over HTTP.</summary>
internal sealed class OutgoingMessageSerializer(IGraphQLTextSerializer serializer)
{
    public ReadOnlyMemory<byte> Serialize(string type, string? id = null, object? payload = null) =>
        Encoding.UTF8.GetBytes(serializer.Serialize(new OperationMessage { Type = type, Id = id, Payload = payload }));
}
