using Goals.Server.Hosting;
using Goals.Server.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

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
        var settings = endpoints.ServiceProvider.GetRequiredService<GraphQLHttpSettings>();

        endpoints.MapGet($"{pattern.TrimEnd('/')}/{Ide.GraphQLIdeResponder.AssetSegment}/{{file}}", (HttpContext context, string file) =>
        {
            if (settings.IdeEnabled)
            {
                return responder.WriteAssetAsync(context, file);
            }

            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }).WithDisplayName("GraphiQL files").ExcludeFromDescription();

        return context => responder.WritePageAsync(context, pattern);
    }
}
