namespace Goals.Server.WebSockets;

/// <summary>A close code and its reason text, as sent in the WebSocket close frame.</summary>
public sealed record WebSocketCloseReason(int Code, string Description)
{
    /// <summary>1000: the normal end of a conversation.</summary>
    public static readonly WebSocketCloseReason Normal = new(1000, "Normal Closure");

    /// <summary>1001: the server is shutting down.</summary>
    public static readonly WebSocketCloseReason GoingAway = new(1001, "Server shutting down");

    /// <summary>1009: a client message exceeded the size limit.</summary>
    public static readonly WebSocketCloseReason MessageTooBig = new(1009, "Message too big");

    /// <summary>4400: the message could not be parsed or is not valid for the protocol.</summary>
    public static WebSocketCloseReason BadRequest(string description) => new(4400, description);

    /// <summary>4401: an operation was requested before the connection was acknowledged.</summary>
    public static readonly WebSocketCloseReason Unauthorized = new(4401, "Unauthorized");

    /// <summary>4403: the connection_init payload was rejected.</summary>
    public static readonly WebSocketCloseReason Forbidden = new(4403, "Forbidden");

    /// <summary>4403: the credentials the connection was accepted with have expired.</summary>
    public static readonly WebSocketCloseReason CredentialsExpired = new(4403, "Forbidden: the token has expired");

    /// <summary>4406: the client did not ask for a subprotocol the server speaks.</summary>
    public static readonly WebSocketCloseReason SubprotocolNotAcceptable = new(4406, "Subprotocol not acceptable");

    /// <summary>4408: no connection_init arrived in time.</summary>
    public static readonly WebSocketCloseReason ConnectionInitialisationTimeout = new(4408, "Connection initialisation timeout");

    /// <summary>4409: a streaming operation with this id is still running.</summary>
    public static WebSocketCloseReason SubscriberAlreadyExists(string id) => new(4409, $"Subscriber for {id} already exists");

    /// <summary>4413: the client does not read what the server sends, so its send queue is full.</summary>
    public static readonly WebSocketCloseReason SlowClient = new(4413, "Send queue full: the client is not reading");

    /// <summary>4429: connection_init was sent twice.</summary>
    public static readonly WebSocketCloseReason TooManyInitialisationRequests = new(4429, "Too many initialisation requests");

    /// <summary>4500: an unexpected server fault.</summary>
    public static readonly WebSocketCloseReason InternalServerError = new(4500, "Internal server error");
}
