using Goals.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Goals.Server.Ide;

/// <summary>Wiring of the self-hosted GraphiQL IDE.</summary>
public static class GraphQLIdeExtensions
{
    /// <summary>
    /// Maps the IDE's bundle files under <c>{pattern}/ide/</c> and returns the responder the GraphQL endpoint gives
    /// browser navigations to. Both follow <see cref="GraphQLServerOptions.EnableIde"/>.
    /// </summary>
    public static RequestDelegate GraphQLIdeResponder(this IEndpointRouteBuilder endpoints, string pattern)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(pattern);
        var responder = new GraphQLIdeResponder(new GraphQLIdeAssets());
        var options = endpoints.ServiceProvider.GetRequiredService<IOptionsMonitor<GraphQLServerOptions>>();

        endpoints.MapGet($"{pattern.TrimEnd('/')}/{Ide.GraphQLIdeResponder.AssetSegment}/{{file}}", (HttpContext context, string file) =>
        {
            if (options.CurrentValue.EnableIde)
            {
                return responder.WriteAssetAsync(context, file);
            }

            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }).WithDisplayName("GraphiQL files").ExcludeFromDescription();

        return context => responder.WritePageAsync(context, pattern);
    }
}
