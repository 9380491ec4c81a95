using GraphQL;

namespace Goals.Server.WebSockets;

/// <summary>
/// The legacy subscriptions-transport-ws subprotocol (named <c>graphql-ws</c>) that older Apollo clients still speak:
/// start/stop instead of subscribe/complete, data instead of next, "ka" keep-alives, connection_terminate.
/// </summary>
internal sealed class LegacyGraphQLWsProtocol(
    WebSocketSession session,
    WebSocketPeer peer,
    IWebSocketConnectionAuthenticator authenticator,
    WebSocketProtocolServices services) : OperationProtocolBase(session, peer, authenticator, services)
{
    public const string Name = "graphql-ws";

    protected override string Subprotocol => Name;

    public override async ValueTask<WebSocketCloseReason?> HandleAsync(string text)
    {
        var message = ClientMessage.TryParse(text);
        return message?.Type switch
        {
            "connection_init" => await InitAsync(message),
            "start" => Start(message),
            "stop" => Stop(message),
            "connection_terminate" => WebSocketCloseReason.Normal,
            _ => Unexpected(message),
        };
    }

    public override void SendNext(string id, ExecutionResult result) => Send("data", id, result);

    public override byte[] EventPrefix(string id) => Services.Messages.PayloadPrefix("data", id);

    public override void SendError(string id, ExecutionErrors errors) => Send("error", id, errors);

    public override void SendComplete(string id) => Send("complete", id);

    protected override void OnInitialised(bool accepted)
    {
        if (!accepted)
        {
            Send("connection_error", payload: new Dictionary<string, object?> { ["message"] = "Forbidden" });
            return;
        }

        Send("connection_ack");
        SendKeepAlive();
    }

    protected override void SendKeepAlive() => Send("ka");
}
