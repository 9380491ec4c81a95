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
    /// ConnectionResetException and the BadHttpRequestException of a body cut short are IOExceptions; a read, write or
    /// wait on <see cref="HttpContext.RequestAborted"/> ends in an OperationCanceledException. Only when the request
    /// was in fact aborted do they mean the client left.
    /// </summary>
    public static bool IsClientAbort(HttpContext context, Exception error)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.RequestAborted.IsCancellationRequested && error is OperationCanceledException or IOException;
    }
}
