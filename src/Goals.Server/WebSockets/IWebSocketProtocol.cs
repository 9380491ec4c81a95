namespace Goals.Server.WebSockets;

/// <summary>One subprotocol's rules, driven by <see cref="WebSocketSession"/> message by message.</summary>
internal interface IWebSocketProtocol
{
    /// <summary>The socket is open; start protocol timers.</summary>
    void OnOpened();

    /// <summary>Handles one text message; a non-null result closes the socket with that reason.</summary>
    ValueTask<WebSocketCloseReason?> HandleAsync(string text);

    /// <summary>The socket is closing: stop every operation so nothing more is queued.</summary>
    void OnClosing();
}
