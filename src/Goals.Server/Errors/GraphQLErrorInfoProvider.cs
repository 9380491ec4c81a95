using Goals.Server.RateLimiting;
using GraphQL;
using GraphQL.Execution;

namespace Goals.Server.Errors;

/// <summary>
/// Shapes each error as <c>{ message, locations, path, extensions: { code, traceId?, retryAfter? } }</c>. Unexpected faults get a
/// fixed message unless exception details are exposed (Development), so no stack trace or internal message leaks.
/// </summary>
public sealed class GraphQLErrorInfoProvider(bool exposeExceptionDetails) : IErrorInfoProvider
{
    public const string UnexpectedErrorMessage = "Unexpected Execution Error";
    public const string TraceIdKey = "traceId";

    // Extensions the server sets on purpose; anything else a library adds stays on the server.
    private static readonly string[] PublicExtensionKeys = [TraceIdKey, RateLimitErrors.RetryAfterKey];

    public ErrorInfo GetInfo(ExecutionError executionError)
    {
        ArgumentNullException.ThrowIfNull(executionError);
        var extensions = new Dictionary<string, object?> { ["code"] = ErrorClassifier.CodeOf(executionError) };
        foreach (var key in PublicExtensionKeys)
        {
            if (executionError.Extensions?.TryGetValue(key, out var value) == true)
                extensions[key] = value;
        }

        var message = executionError.Message;
        if (ErrorClassifier.IsUnexpected(executionError))
        {
            var exception = executionError.InnerException ?? executionError;
            message = exposeExceptionDetails ? $"{message} {exception.Message}" : UnexpectedErrorMessage;
            if (exposeExceptionDetails)
                extensions["exception"] = new Dictionary<string, object?>
                {
                    ["type"] = exception.GetType().FullName,
                    ["stackTrace"] = exception.StackTrace,
                };
        }

        return new ErrorInfo { Message = message, Extensions = extensions };
    }
}
