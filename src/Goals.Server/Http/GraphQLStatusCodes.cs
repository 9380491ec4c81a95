using Goals.Server.Errors;
using GraphQL;
using Microsoft.AspNetCore.Http;

namespace Goals.Server.Http;

/// <summary>
/// The HTTP status of an executed request. <c>application/json</c> keeps the legacy contract (200 for every
/// well-formed request); <c>application/graphql-response+json</c> answers 200 only when there is <c>data</c>.
/// </summary>
public static class GraphQLStatusCodes
{
    public static int For(ExecutionResult result, string mediaType)
    {
        ArgumentNullException.ThrowIfNull(result);
        var firstCode = result.Errors is { Count: > 0 } errors ? ErrorClassifier.CodeOf(errors[0]) : null;
        if (firstCode == ErrorCodes.MethodNotAllowed)
            return StatusCodes.Status405MethodNotAllowed;
        // Whatever the media type: a client that only reads statuses must still back off.
        if (firstCode == ErrorCodes.RateLimited)
            return StatusCodes.Status429TooManyRequests;
        if (mediaType == GraphQLMediaTypes.Json || result.Executed)
            return StatusCodes.Status200OK;
        return firstCode switch
        {
            ErrorCodes.InternalServerError => StatusCodes.Status500InternalServerError,
            ErrorCodes.Timeout => StatusCodes.Status504GatewayTimeout,
            ErrorCodes.Unauthenticated => StatusCodes.Status401Unauthorized,
            ErrorCodes.Forbidden => StatusCodes.Status403Forbidden,
            _ => StatusCodes.Status400BadRequest,
        };
    }
}
