using GraphQL;

namespace Goals.Server.Errors;

/// <summary>
/// A request-level failure with a stable code. Resolvers may throw it too (for example with
/// <see cref="ErrorCodes.Unauthenticated"/>); its message is safe to show in every environment.
/// </summary>
public sealed class GraphQLRequestError : ExecutionError
{
    public GraphQLRequestError(string code, string message)
        : base(message) => Code = code;

    public GraphQLRequestError(string code, string message, Exception innerException)
        : base(message, innerException) => Code = code;

    /// <summary>A result carrying only this error: nothing was executed, so there is no <c>data</c>.</summary>
    public ExecutionResult ToResult() => new() { Errors = [this], Executed = false };
}
