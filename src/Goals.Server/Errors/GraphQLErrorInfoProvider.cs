using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;

namespace Goals.Server.Errors;

/// <summary>
/// Shapes each error as <c>{ message, locations, path, extensions: { code, traceId? } }</c>. Unexpected faults get a
/// fixed message unless exception details are exposed (Development), so no stack trace or internal message leaks.
/// Without <paramref name="suggestions"/>, GraphQL.NET's "Did you mean …?" endings are cut from validation errors,
/// so a client cannot learn the schema's names by guessing near them.
/// </summary>
public sealed class GraphQLErrorInfoProvider(bool exposeExceptionDetails, bool suggestions) : IErrorInfoProvider
{
    private const string SuggestionStart = " Did you mean ";

    public const string UnexpectedErrorMessage = "Unexpected Execution Error";
    public const string TraceIdKey = "traceId";

    public ErrorInfo GetInfo(ExecutionError executionError)
    {
        ArgumentNullException.ThrowIfNull(executionError);
        var extensions = new Dictionary<string, object?> { ["code"] = ErrorClassifier.CodeOf(executionError) };
        if (executionError.Extensions?.TryGetValue(TraceIdKey, out var traceId) == true)
            extensions[TraceIdKey] = traceId;

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
