using Goals.Server.Http;
using Microsoft.AspNetCore.Http;

namespace Goals.Server.RateLimiting;

/// <summary>
/// One request of a client's budget spent at the door of a path that skips the rate limiting middleware (WebSocket
/// upgrades, ADR 0168), answered as that middleware answers: 429 and a RATE_LIMITED error.
/// </summary>
public sealed class GraphQLRequestBudget(GraphQLRateLimiter rateLimiter, GraphQLHttpResponseWriter writer)
{
    /// <summary>
    /// Spends one request of the budget of the request's client (its user's, or its address's when anonymous); the
    /// 429 answer being written when none was left, <c>null</c> when the request may go on or limiting is off.
    /// </summary>
    public Task? RefuseIfSpent(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!rateLimiter.Enabled
            || rateLimiter.TrySpendRequest(ClientPartition.For(context.User, context.Connection.RemoteIpAddress))
                is not { } refused)
        {
            return null;
        }

        var mediaType = GraphQLMediaTypes.Negotiate(context.Request.Headers.Accept) ?? GraphQLMediaTypes.Json;
        return writer.WriteAsync(
            context.Response, refused.ToResult(), StatusCodes.Status429TooManyRequests, mediaType, context.RequestAborted);
    }
}
