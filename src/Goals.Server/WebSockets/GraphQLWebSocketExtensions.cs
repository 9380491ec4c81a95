using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Goals.Server.WebSockets;

/// <summary>Configuration and wiring of the GraphQL WebSocket transport.</summary>
public static class GraphQLWebSocketExtensions
{
    /// <summary>
    /// Binds <see cref="GraphQLWebSocketOptions"/> from <paramref name="configuration"/> (the <c>GraphQL:WebSockets</c>
    /// section). Optional: without it the defaults apply. Credentials in connection_init are checked by a registered
    /// <see cref="IWebSocketConnectionAuthenticator"/> (resolved once, from the application's services); without one, the
    /// HTTP request's user is accepted.
    /// </summary>
    public static IServiceCollection AddGraphQLWebSockets(
        this IServiceCollection services, IConfiguration configuration, Action<GraphQLWebSocketOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = services.AddOptions<GraphQLWebSocketOptions>().Bind(configuration);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options
            .Validate(o => o.ConnectionInitWaitTimeout > TimeSpan.Zero, "GraphQL:WebSockets:ConnectionInitWaitTimeout must be positive.")
            .Validate(o => o.KeepAliveInterval >= TimeSpan.Zero, "GraphQL:WebSockets:KeepAliveInterval must not be negative (0 turns it off).")
            .Validate(o => o.MaxMessageBytes > 0, "GraphQL:WebSockets:MaxMessageBytes must be positive.")
            .Validate(o => o.MaxOperationsPerConnection > 0, "GraphQL:WebSockets:MaxOperationsPerConnection must be positive.")
            .Validate(o => o.MaxOperationBytesInFlight >= o.MaxMessageBytes,
                "GraphQL:WebSockets:MaxOperationBytesInFlight must be at least MaxMessageBytes (the largest subscribe must fit).")
            .Validate(o => o.MaxQueuedMessages > 0, "GraphQL:WebSockets:MaxQueuedMessages must be positive.")
            .Validate(o => o.MaxQueuedBytes > 0, "GraphQL:WebSockets:MaxQueuedBytes must be positive.")
            .Validate(o => o.SlowClientGracePeriod > TimeSpan.Zero && o.SlowClientGracePeriod <= TimeSpan.FromHours(1),
                "GraphQL:WebSockets:SlowClientGracePeriod must be positive and at most an hour.")
            .Validate(o => o.CloseHandshakeTimeout > TimeSpan.Zero, "GraphQL:WebSockets:CloseHandshakeTimeout must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton<SharedSubscriptions>();
        return services;
    }

    /// <summary>
    /// The handler the GraphQL endpoint gives WebSocket upgrades to (<c>graphql-transport-ws</c>, and the legacy
    /// <c>graphql-ws</c> when enabled). The app must run the WebSockets middleware (<c>app.UseWebSockets()</c>).
    /// </summary>
    public static RequestDelegate GraphQLWebSocketHandler(this IEndpointRouteBuilder endpoints, string pattern)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(pattern);
        return ActivatorUtilities.GetServiceOrCreateInstance<GraphQLWebSocketHandler>(endpoints.ServiceProvider).HandleAsync;
    }
}
