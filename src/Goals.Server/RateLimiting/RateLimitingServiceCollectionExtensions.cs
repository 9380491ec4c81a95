using System.Threading.RateLimiting;
using Goals.Server.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace Goals.Server.RateLimiting;

/// <summary>
/// ASP.NET Core's rate limiting middleware with the GraphQL request budget as its global limiter: a refused request
/// gets 429, <c>Retry-After</c> and a RATE_LIMITED error in the shape of every other request error.
/// </summary>
internal static class RateLimitingServiceCollectionExtensions
{
    public static IServiceCollection AddGraphQLRateLimiting(this IServiceCollection services)
    {
        services.AddSingleton<GraphQLRateLimiter>();
        services.AddSingleton<GraphQLRequestBudget>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<GraphQLRateLimiter, GraphQLHttpResponseWriter>((options, limiter, writer) =>
        {
            if (!limiter.Enabled)
                return;
            options.GlobalLimiter = limiter.ForHttp();
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (rejected, cancellationToken) =>
            {
                var http = rejected.HttpContext;
                var mediaType = GraphQLMediaTypes.Negotiate(http.Request.Headers.Accept) ?? GraphQLMediaTypes.Json;
                var result = RateLimitErrors.Requests(RateLimitErrors.RetryAfter(rejected.Lease)).ToResult();
                return new ValueTask(writer.WriteAsync(http.Response, result, StatusCodes.Status429TooManyRequests, mediaType, cancellationToken));
            };
        });
        return services;
    }
}
