using Goals.Server.RateLimiting;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;

namespace Goals.Server.Errors;

/// <summary>
/// Shapes each error as <c>{ message, locations, path, extensions: { code, traceId?, retryAfter? } }</c>. Unexpected faults get a
/// fixed message unless exception details are exposed (Development), so no stack trace or internal message leaks.
/// Without <paramref name="suggestions"/>, GraphQL.NET's "Did you mean …?" endings are cut from validation errors,
/// so a client cannot learn the schema's names by guessing near them.
/// </summary>
public sealed class GraphQLErrorInfoProvider(bool exposeExceptionDetails, bool suggestions) : IErrorInfoProvider
{
    private const string SuggestionStart = " Did you mean ";

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
        if (!suggestions && executionError is ValidationError && message.IndexOf(SuggestionStart, StringComparison.Ordinal) is > 0 and var at)
            message = message[..at];
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
