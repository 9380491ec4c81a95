namespace Goals.Server.WebSockets;

/// <summary>
/// Told of every socket the GraphQL WebSocket transport accepts and of its end, whether its upgrade came through the
/// HTTP pipeline or straight from the connection (metrics, for instance). Called on the socket's own path: keep it
/// quick and never throw.
/// </summary>
public interface IWebSocketConnectionListener
{
    void Opened();

    void Closed();
}
