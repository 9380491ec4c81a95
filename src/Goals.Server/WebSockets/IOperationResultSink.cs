using GraphQL;

namespace Goals.Server.WebSockets;

/// <summary>How a subprotocol words the outcome of one operation.</summary>
internal interface IOperationResultSink
{
    void SendNext(string id, ExecutionResult result);

    /// <summary>The operation failed before it ran (parse, validation, variables): no completion follows.</summary>
    void SendError(string id, ExecutionErrors errors);

    void SendComplete(string id);

    /// <summary>An unexpected fault the socket cannot recover from.</summary>
    void Fault();
}
