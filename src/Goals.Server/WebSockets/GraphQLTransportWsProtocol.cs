using GraphQL;

namespace Goals.Server.WebSockets;

/// <summary>The <c>graphql-transport-ws</c> subprotocol (graphql-ws PROTOCOL.md) for one socket.</summary>
internal sealed class GraphQLTransportWsProtocol(
    WebSocketSession session,
    WebSocketPeer peer,
    IWebSocketConnectionAuthenticator authenticator,
    WebSocketProtocolServices services) : OperationProtocolBase(session, peer, authenticator, services)
{
    public const string Name = "graphql-transport-ws";

    protected override string Subprotocol => Name;

    public override async ValueTask<WebSocketCloseReason?> HandleAsync(string text)
    {
        var message = ClientMessage.TryParse(text);
        return message?.Type switch
        {
            "connection_init" => await InitAsync(message),
            "ping" => Pong(message),
            "pong" => message.HasObjectOrNoPayload ? null : InvalidPayload(message),
            "subscribe" => Start(message),
            "complete" => Stop(message),
            _ => Unexpected(message),
        };
    }

    public override void SendNext(string id, ExecutionResult result) => Send("next", id, result);

    public override byte[] EventPrefix(string id) => Services.Messages.PayloadPrefix("next", id);

    public override void SendError(string id, ExecutionErrors errors) => Send("error", id, errors);

    public override void SendComplete(string id) => Send("complete", id);

    protected override void OnInitialised(bool accepted)
    {
        if (accepted)
        {
            Send("connection_ack");
        }
    }

    protected override void SendKeepAlive() => Send("ping");

    private WebSocketCloseReason? Pong(ClientMessage message)
    {
        if (!message.HasObjectOrNoPayload)
        {
            return InvalidPayload(message);
        }

        Send("pong", payload: message.Payload);
        return null;
    }
}
