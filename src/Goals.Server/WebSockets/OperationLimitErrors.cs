using GraphQL;

namespace Goals.Server.WebSockets;

/// <summary>The typed refusal of a <c>subscribe</c> that would take a connection over its operation bounds.</summary>
internal static class OperationLimitErrors
{
    public const string Code = "TOO_MANY_OPERATIONS";

    /// <summary>The error to send for the newest operation, or <c>null</c> while the connection is within its bounds.</summary>
    public static ExecutionErrors? Exceeded(OperationRegistry operations, GraphQLWebSocketOptions options)
    {
        if (operations.Count > options.MaxOperationsPerConnection)
        {
            return Error(
                $"This connection already runs {options.MaxOperationsPerConnection} operations, the most it may; complete one before starting another.");
        }

        return operations.BytesInFlight > options.MaxOperationBytesInFlight
            ? Error(
                $"This connection's running operations already hold {options.MaxOperationBytesInFlight} bytes of requests, the most they may; complete one before starting another.")
            : null;
    }

    private static ExecutionErrors Error(string message) => [new ExecutionError(message) { Code = Code }];
}
