using GraphQL;

namespace Goals.Server.WebSockets;

/// <summary>How a subprotocol words the outcome of one operation.</summary>
internal interface IOperationResultSink
{
    void SendNext(string id, ExecutionResult result);

    /// <summary>The operation failed before it ran (parse, validation, variables): no completion follows.</summary>
    void SendError(string id, ExecutionErrors errors);

    void SendComplete(string id);

    /// <summary>An unexpected fault the socket cannot recover from.</summary>
    void Fault();

    /// <summary>
    /// The bytes before the payload of this subprotocol's event message for <paramref name="id"/>: with a payload
    /// written once (<see cref="OutgoingMessageSerializer.SerializePayload"/>) they make what <see cref="SendNext"/> sends.
    /// </summary>
    byte[] EventPrefix(string id);

    /// <summary>Queues a message written beforehand, under the same rules as every other message.</summary>
    void SendComposed(ReadOnlyMemory<byte> utf8Message);
}
