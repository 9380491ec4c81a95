namespace Goals.Server.WebSockets;

/// <summary>WebSocket transport settings, bound from the <c>GraphQL:WebSockets</c> configuration section.</summary>
public sealed class GraphQLWebSocketOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "GraphQL:WebSockets";

    /// <summary>How long a client may take to send <c>connection_init</c> before the socket is closed with 4408.</summary>
    public TimeSpan ConnectionInitWaitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the server sends a <c>ping</c> after the connection is acknowledged; zero turns it off.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(12);

    /// <summary>Largest accepted client message; a bigger one closes the socket with 1009.</summary>
    public int MaxMessageBytes { get; set; } = 256 * 1024;

    /// <summary>How long to wait for the client's close frame after the server closed, before aborting.</summary>
    public TimeSpan CloseHandshakeTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How many operations one connection may run at once; a subscribe beyond it gets an <c>error</c> for its id (the
    /// connection and its other operations carry on). Bounds the work one client can hold open.
    /// </summary>
    public int MaxOperationsPerConnection { get; set; } = 100;

    /// <summary>
    /// Total size of the <c>subscribe</c> messages of one connection's running operations (their documents and
    /// variables stay in memory while they run); a subscribe beyond it gets an <c>error</c> like one beyond
    /// <see cref="MaxOperationsPerConnection"/>.
    /// </summary>
    public long MaxOperationBytesInFlight { get; set; } = 1024 * 1024;

    /// <summary>Most messages waiting to be sent to one client; one more closes the socket with 4413.</summary>
    public int MaxQueuedMessages { get; set; } = 1000;

    /// <summary>
    /// Most bytes waiting to be sent to one client (a single larger message may wait alone); more closes the socket
    /// with 4413 and drops what was queued.
    /// </summary>
    public long MaxQueuedBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// How long the client may leave a message unread (the connection's buffers are full and nothing moves) before
    /// the socket is closed with 4413.
    /// </summary>
    public TimeSpan SlowClientGracePeriod { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Identical subscriptions (same user, subprotocol, query, operation name, variables and extensions) of a field
    /// marked <see cref="SubscriptionSharing.SharedAcrossSubscribers{TSourceType, TReturnType}"/> share one execution
    /// on this server: each event is executed and serialized once for all of them. Off: each runs its own.
    /// </summary>
    public bool ShareSubscriptions { get; set; } = true;

    /// <summary>
    /// Most sockets one client address may hold open on this server (the forwarded address behind a trusted proxy);
    /// an upgrade beyond it is answered 429. Zero: no bound.
    /// </summary>
    public int MaxSocketsPerAddress { get; set; } = 1_000;

    /// <summary>Also speak the legacy <c>graphql-ws</c> (subscriptions-transport-ws) subprotocol.</summary>
    public bool EnableLegacyProtocol { get; set; } = true;

    /// <summary>
    /// Serve plain upgrades on the GraphQL path from Kestrel's connection, before HTTP processing, where the host
    /// wires it (<c>UseGraphQLWebSocketConnections</c>): an idle socket then costs about a third less memory. Off:
    /// every upgrade passes through the HTTP pipeline.
    /// </summary>
    public bool UpgradeOnConnection { get; set; } = true;
}
