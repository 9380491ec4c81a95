using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;

namespace Goals.Server.Errors;

/// <summary>Maps every error GraphQL.NET or this server raises to one stable <c>extensions.code</c>.</summary>
public static class ErrorClassifier
{
    /// <summary>The public code of <paramref name="error"/>.</summary>
    public static string CodeOf(ExecutionError error) => error switch
    {
        GraphQLRequestError requestError => requestError.Code ?? ErrorCodes.BadRequest,
        CodedValidationError coded => coded.Code ?? ErrorCodes.ValidationFailed,
        SyntaxError => ErrorCodes.ParseFailed,
        InvalidVariableError or InvalidValueError or InvalidLiteralError => ErrorCodes.BadUserInput,
        ValidationError => ErrorCodes.ValidationFailed,
        InvalidOperationError or NoOperationError or InvalidOperationNameError or NoOperationNameError
            => ErrorCodes.OperationNotFound,
        QueryMissingError => ErrorCodes.BadRequest,
        TimeoutError => ErrorCodes.Timeout,
        UnhandledError => ErrorCodes.InternalServerError,
        _ when error.Code is { Length: > 0 } code && IsPublicCode(code) => code,
        _ => ErrorCodes.InternalServerError,
    };

    /// <summary>Unexpected faults: their message and exception stay on the server (logged with the trace id).</summary>
    public static bool IsUnexpected(ExecutionError error) => error is UnhandledError;

    /// <summary>Request-level failures that happen before execution (the client must fix the request).</summary>
    public static bool IsRequestError(ExecutionError error) =>
        CodeOf(error) is not (ErrorCodes.InternalServerError or ErrorCodes.Timeout);

    // GraphQL.NET derives codes such as "INVALID_OPERATION" from exception type names; host code sets codes
    // such as "UNAUTHENTICATED" deliberately. Both are upper snake case, unlike CLR exception names leaking.
    private static bool IsPublicCode(string code) => code.All(c => c is '_' or (>= 'A' and <= 'Z') or (>= '0' and <= '9'));
}
