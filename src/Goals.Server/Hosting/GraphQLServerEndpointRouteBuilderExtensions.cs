using Goals.Server.Http;
using Goals.Server.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Goals.Server.Hosting;

/// <summary>
/// <c>app.MapGraphQLServer("/graphql")</c>: HTTP, WebSocket and IDE on one path, and the SDL next to it. With rate
/// limiting on (the default) the app must call <c>app.UseRateLimiter()</c> after <c>app.UseAuthentication()</c>.
/// </summary>
public static class GraphQLServerEndpointRouteBuilderExtensions
{
    public static IEndpointConventionBuilder MapGraphQLServer(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var hooks = endpoints.ServiceProvider.GetRequiredService<GraphQLTransportHooks>();
        GraphQLTransports.Attach(endpoints, pattern, hooks);

        endpoints.MapGet($"{pattern.TrimEnd('/')}/schema.graphql", (HttpContext context) =>
            context.RequestServices.GetRequiredService<SchemaSdlResponder>().WriteAsync(context));
        return endpoints.Map(pattern, (HttpContext context) =>
                context.RequestServices.GetRequiredService<GraphQLHttpEndpoint>().HandleAsync(context))
            .WithMetadata(GraphQLEndpointMetadata.Instance);
    }
}
