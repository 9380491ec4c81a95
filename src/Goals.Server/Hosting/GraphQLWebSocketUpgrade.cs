using Goals.Server.Http;
using Goals.Server.RateLimiting;
using Microsoft.AspNetCore.Http;

namespace Goals.Server.Hosting;

/// <summary>
/// The end of the upgrade branch (<see cref="GraphQLWebSocketUpgrades"/>): what the GraphQL endpoint and the rate
/// limiting middleware do for an upgrade on the main pipeline, without routing. The upgrade spends one request of its
/// client's budget (its user's, or its address's when anonymous), gets the CORS headers and goes to the socket handler.
/// </summary>
internal sealed class GraphQLWebSocketUpgrade(GraphQLRequestBudget budget, GraphQLCors cors, GraphQLTransportHooks hooks)
{
    public Task HandleAsync(HttpContext context)
    {
        if (budget.RefuseIfSpent(context) is { } refused)
        {
            return refused;
        }

        cors.Apply(context);
        if (hooks.WebSocket is { } webSocket)
            return webSocket(context);
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
}
