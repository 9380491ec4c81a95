using Goals.Server.RateLimiting;
using GraphQL;
using Microsoft.AspNetCore.Http;

namespace Goals.Server.Http;

/// <summary>Streams a result as JSON with the negotiated media type (always UTF-8).</summary>
public sealed class GraphQLHttpResponseWriter(IGraphQLTextSerializer serializer)
{
    public async Task WriteAsync(HttpResponse response, ExecutionResult result, int statusCode, string mediaType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.StatusCode = statusCode;
        if (statusCode == StatusCodes.Status405MethodNotAllowed && response.Headers.Allow.Count == 0)
            response.Headers.Allow = "POST";
        if (statusCode == StatusCodes.Status429TooManyRequests && RateLimitErrors.RetryAfterHeader(result) is { } retryAfter)
            response.Headers.RetryAfter = retryAfter;
        response.ContentType = GraphQLMediaTypes.WithCharset(mediaType);
        await serializer.WriteAsync(response.Body, result, cancellationToken);
    }

    public Task WriteFailureAsync(HttpResponse response, HttpRequestRejectedException failure, string mediaType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return WriteAsync(response, failure.ToError().ToResult(), failure.StatusCode, mediaType, cancellationToken);
    }
}
