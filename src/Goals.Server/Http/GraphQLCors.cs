using Goals.Server.Hosting;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Goals.Server.Http;

/// <summary>
/// CORS for the GraphQL path only, from <see cref="GraphQLServerOptions.CorsOrigins"/>; kept in the endpoint so a
/// host does not have to place <c>UseCors</c> in the right spot of its pipeline.
/// </summary>
public sealed class GraphQLCors(ICorsService corsService, IOptions<GraphQLServerOptions> options)
{
    private readonly CorsPolicy? _policy = options.Value.CorsOrigins.Count == 0
        ? null
        : new CorsPolicyBuilder()
            .WithOrigins([.. options.Value.CorsOrigins])
            .WithMethods(HttpMethods.Get, HttpMethods.Post)
            .AllowAnyHeader()
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10))
            .Build();

    /// <summary>Adds CORS headers; returns <c>true</c> when the request was an OPTIONS request, now fully answered.</summary>
    public bool Apply(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (_policy is not null && context.Request.Headers.ContainsKey(HeaderNames.Origin))
            corsService.ApplyResult(corsService.EvaluatePolicy(context, _policy), context.Response);
        if (!HttpMethods.IsOptions(context.Request.Method))
            return false;
        context.Response.StatusCode = StatusCodes.Status204NoContent;
        context.Response.Headers.Allow = "GET, POST, OPTIONS";
        return true;
    }
}
