using System.Net;
using System.Net.WebSockets;
using GraphQL;
using Goals.Server.Execution;
using Goals.Server.Hosting;
using Goals.Server.RateLimiting;
using GraphQL.Types;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Goals.Server.WebSockets;

/// <summary>Accepts a WebSocket upgrade on the GraphQL path and runs the subprotocol the client asked for.</summary>
internal sealed class GraphQLWebSocketHandler
{
    private static readonly UpgradeUserAuthenticator DefaultAuthenticator = new();
    private readonly WebSocketProtocolServices _services;
    private readonly WebSocketSessionTracker _tracker;
    private readonly WebSocketOriginPolicy _origins;
    private readonly ILogger _logger;
    private readonly IWebSocketConnectionAuthenticator _authenticator;
    private readonly IWebSocketConnectionListener? _listener;
    private readonly AddressSockets _addresses;

    public GraphQLWebSocketHandler(
        IGraphQLRequestExecutor executor,
        IGraphQLTextSerializer serializer,
        IServiceScopeFactory scopes,
        IOptions<GraphQLWebSocketOptions> options,
        IOptions<GraphQLServerOptions> serverOptions,
        IHostApplicationLifetime lifetime,
        ILoggerFactory loggers,
        ISchema schema,
        GraphQLRateLimiter limiter,
        SharedSubscriptions? shared = null,
        TimeProvider? time = null,
        IWebSocketConnectionAuthenticator? authenticator = null,
        IWebSocketConnectionListener? listener = null)
    {
        // From the application's services, not the request's: a socket without credentials on its upgrade request
        // then never creates a request scope, which would live as long as the socket.
        _authenticator = authenticator ?? DefaultAuthenticator;
        _listener = listener;
        time ??= TimeProvider.System;
        var messages = new OutgoingMessageSerializer(serializer);
        _services = new WebSocketProtocolServices(
            new OperationRunner(executor, scopes, schema, shared ?? new SharedSubscriptions(), limiter, messages, loggers.CreateLogger<OperationRunner>()),
            new OperationPayloadReader(serializer),
            messages,
            options.Value,
            time,
            new SharedTick(options.Value, time));
        lifetime.ApplicationStopped.Register(_services.Tick.Dispose);
        _tracker = new WebSocketSessionTracker(lifetime);
        _origins = new WebSocketOriginPolicy(serverOptions.Value.CorsOrigins);
        _logger = loggers.CreateLogger<GraphQLWebSocketHandler>();
        _addresses = new AddressSockets(options.Value.MaxSocketsPerAddress, _logger);
    }

    public async Task HandleAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (!_origins.Allows(context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        var peer = WebSocketPeer.Of(context);
        if (!TryOpen(peer.RemoteIpAddress))
        {
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return;
        }

        try
        {
            var subprotocol = ChooseSubprotocol(context.WebSockets.WebSocketRequestedProtocols);
            using var socket = await context.WebSockets.AcceptWebSocketAsync(subprotocol);
            await RunAsync(socket, subprotocol, peer, context.RequestAborted);
        }
        finally
        {
            _addresses.Closed(peer.RemoteIpAddress);
        }
    }

    /// <summary>
    /// Takes a place for one more socket of the address (false: it holds the most already); a socket let in gives it
    /// back with <see cref="Closed"/> once it ends, however it ends. <paramref name="logRefusal"/> false where a refused
    /// upgrade goes on to the pipeline, which logs it.
    /// </summary>
    internal bool TryOpen(IPAddress? address, bool logRefusal = true) => _addresses.TryOpen(address, logRefusal);

    internal void Closed(IPAddress? address) => _addresses.Closed(address);

    /// <summary>Whether a browser page on <paramref name="origin"/> may open a socket to <paramref name="host"/>.</summary>
    internal bool AllowsOrigin(string? origin, string? host) => _origins.Allows(origin, host);

    /// <summary>Runs an accepted socket until it closes, whichever way its upgrade came (HTTP or the connection).</summary>
    internal async Task RunAsync(WebSocket socket, string? subprotocol, WebSocketPeer peer, CancellationToken aborted)
    {
        using var session = new WebSocketSession(socket, _services, _logger);
        using var tracking = _tracker.Track(session);
        IWebSocketProtocol protocol = subprotocol switch
        {
            GraphQLTransportWsProtocol.Name => new GraphQLTransportWsProtocol(session, peer, _authenticator, _services),
            LegacyGraphQLWsProtocol.Name => new LegacyGraphQLWsProtocol(session, peer, _authenticator, _services),
            // Like the graphql-ws reference server: accept without a subprotocol, then close with 4406.
            _ => new RejectingProtocol(session),
        };
        _listener?.Opened();
        try
        {
            await session.RunAsync(protocol, aborted);
        }
        finally
        {
            _listener?.Closed();
        }
    }

    internal string? ChooseSubprotocol(IList<string> requested)
    {
        if (requested.Contains(GraphQLTransportWsProtocol.Name))
        {
            return GraphQLTransportWsProtocol.Name;
        }

        return _services.Options.EnableLegacyProtocol && requested.Contains(LegacyGraphQLWsProtocol.Name)
            ? LegacyGraphQLWsProtocol.Name
            : null;
    }
}
