namespace Goals.Server.Http;

/// <summary>
/// The request body ended before its declared <c>Content-Length</c>: the client closed the connection mid-request.
/// Nothing can be answered (Kestrel has already closed the response), and the request's <c>RequestAborted</c> fires
/// only a moment later, on the thread pool, so this exception says it at once.
/// </summary>
public sealed class ClientDisconnectedException(Exception inner)
    : IOException("The client closed the connection before its request body ended.", inner);
