namespace Goals.Server.WebSockets;

/// <summary>The shared, stateless collaborators every socket's protocol uses.</summary>
internal sealed record WebSocketProtocolServices(
    OperationRunner Runner,
    OperationPayloadReader Payloads,
    OutgoingMessageSerializer Messages,
    GraphQLWebSocketOptions Options,
    TimeProvider Time,
    SharedTick Tick);
