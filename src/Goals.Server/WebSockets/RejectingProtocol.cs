namespace Goals.Server.WebSockets;

/// <summary>
/// A socket that asked for no subprotocol this server speaks: accepted, then closed with 4406, as the graphql-ws
/// reference server does.
/// </summary>
internal sealed class RejectingProtocol(WebSocketSession session) : IWebSocketProtocol
{
    public void OnOpened() => session.Close(WebSocketCloseReason.SubprotocolNotAcceptable);

    public void OnTick(DateTimeOffset now, bool keepAlive)
    {
    }

    public ValueTask<WebSocketCloseReason?> HandleAsync(string text) =>
        ValueTask.FromResult<WebSocketCloseReason?>(WebSocketCloseReason.SubprotocolNotAcceptable);

    public void OnClosing()
    {
    }
}
