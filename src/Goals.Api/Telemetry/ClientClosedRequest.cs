using Goals.Server.Http;
using Microsoft.AspNetCore.Connections;

namespace Goals.Api.Telemetry;

/// <summary>
/// A client that hangs up mid-request (closes or resets its connection while its body is read or its operation runs)
/// makes the request fail with whatever the interrupted read, write or wait throws. That is the client's doing, not a
/// fault of the server: the request is answered, logged and measured as 499 (nginx's "client closed request"), which
/// the request log writes at Information without a stack and the HTTP metrics do not count as a server error. An
/// exception thrown while the client is still connected is not touched and stays a 500 at Error.
/// </summary>
public static class ClientClosedRequest
{
    public const int StatusCode = 499;

    public static async Task HandleAsync(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            await next(context);
        }
        catch (Exception error) when (IsClientAbort(context, error))
        {
            // Once the response has started its status is on the wire and can no longer change; the line keeps it.
            if (!context.Response.HasStarted)
            {
                context.Response.StatusCode = StatusCode;
            }
        }
    }

    /// <summary>
    /// A reset connection (<see cref="ConnectionResetException"/>) and a body that ended before its length
    /// (<see cref="ClientDisconnectedException"/>) say so at once: Kestrel cancels <see cref="HttpContext.RequestAborted"/>
    /// a moment later, on the thread pool. Any other IOException (the BadHttpRequestException of a chunked body cut
    /// short), and the OperationCanceledException of a read, write or wait on RequestAborted, mean the client left only
    /// when the request was in fact aborted.
    /// </summary>
    public static bool IsClientAbort(HttpContext context, Exception error)
    {
        ArgumentNullException.ThrowIfNull(context);
        return error is ClientDisconnectedException or ConnectionResetException
            || (context.RequestAborted.IsCancellationRequested && error is OperationCanceledException or IOException);
    }
}
