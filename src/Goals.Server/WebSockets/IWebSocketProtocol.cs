namespace Goals.Server.WebSockets;

/// <summary>One subprotocol's rules, driven by <see cref="WebSocketSession"/> message by message.</summary>
internal interface IWebSocketProtocol
{
    /// <summary>The socket is open: the protocol's deadlines start now.</summary>
    void OnOpened();

    /// <summary>The shared tick: checks the protocol's deadlines; sends its keep-alive when <paramref name="keepAlive"/>.</summary>
    void OnTick(DateTimeOffset now, bool keepAlive);

    /// <summary>Handles one text message; a non-null result closes the socket with that reason.</summary>
    ValueTask<WebSocketCloseReason?> HandleAsync(string text);

    /// <summary>The socket is closing: stop every operation so nothing more is queued.</summary>
    void OnClosing();
}
