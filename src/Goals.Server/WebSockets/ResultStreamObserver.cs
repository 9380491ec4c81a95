using GraphQL;

namespace Goals.Server.WebSockets;

/// <summary>Forwards a subscription's event stream to the client until it ends or the operation is stopped.</summary>
internal sealed class ResultStreamObserver(ActiveOperation operation, IOperationResultSink sink) : IObserver<ExecutionResult>
{
    public void OnNext(ExecutionResult value) => operation.TryEmit(() => sink.SendNext(operation.Id, value));

    public void OnError(Exception error) => Fail(operation, sink, error);

    public void OnCompleted() => Complete(operation, sink);

    /// <summary>
    /// A failed source stream is reported like a field error, in a result, and then the stream is over; GraphQL.NET
    /// has already turned the exception into an ExecutionError that the error info provider masks.
    /// </summary>
    public static void Fail(ActiveOperation operation, IOperationResultSink sink, Exception error) => operation.TryFinish(() =>
    {
        var executionError = error as ExecutionError ?? new ExecutionError("Event stream error.", error);
        sink.SendNext(operation.Id, new ExecutionResult { Errors = [executionError] });
        sink.SendComplete(operation.Id);
    });

    /// <summary>The stream is over: the operation's completion is its last message.</summary>
    public static void Complete(ActiveOperation operation, IOperationResultSink sink) =>
        operation.TryFinish(() => sink.SendComplete(operation.Id));
}
