using GraphQL;
using GraphQL.Types;
using Goals.Server.Execution;
using Goals.Server.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Goals.Server.WebSockets;

/// <summary>
/// Executes one socket operation through the shared executor and reports its outcome to the sink; a subscription
/// with a sharing key joins an identical execution already running, or may become one (<see cref="SharedSubscriptions"/>).
/// </summary>
internal sealed partial class OperationRunner(
    IGraphQLRequestExecutor executor,
    IServiceScopeFactory scopes,
    ISchema schema,
    SharedSubscriptions shared,
    GraphQLRateLimiter limiter,
    OutgoingMessageSerializer messages,
    ILogger<OperationRunner> logger)
{
    public Task RunAsync(
        ActiveOperation operation, GraphQLRequest request, OperationOrigin origin, IOperationResultSink sink, SharedSubscriptionKey? sharing) =>
        sharing is null ? RunAloneAsync(operation, request, origin, sink) : RunShareableAsync(sharing, operation, request, origin, sink);

    private async Task RunAloneAsync(ActiveOperation operation, GraphQLRequest request, OperationOrigin origin, IOperationResultSink sink)
    {
        try
        {
            // One scope per execution, like one HTTP request: request-scoped caches (data loaders) do not leak
            // between executions, and the scope lives as long as the event stream.
            await using var scope = scopes.CreateAsyncScope();
            var result = await executor.ExecuteAsync(request, ContextOf(origin, scope), operation.Cancellation);
            await ReportAsync(operation, result, sink);
        }
        catch (Exception exception)
        {
            Failed(operation, origin, sink, exception);
        }
    }

    /// <summary>A stopped operation ends quietly; anything else is logged and faults the socket.</summary>
    private void Failed(ActiveOperation operation, OperationOrigin origin, IOperationResultSink sink, Exception exception)
    {
        var stopped = exception is OperationCanceledException && operation.Cancellation.IsCancellationRequested;
        operation.Stop();
        if (!stopped)
        {
            logger.LogError(exception, "WebSocket operation {OperationId} failed ({TraceId})", operation.Id, origin.TraceId);
            sink.Fault();
        }
    }

    private static GraphQLRequestContext ContextOf(OperationOrigin origin, AsyncServiceScope scope) =>
        new(origin.User, scope.ServiceProvider, GraphQLTransportKind.WebSocket, origin.TraceId, origin.RemoteAddress);

    private static async Task ReportAsync(ActiveOperation operation, ExecutionResult result, IOperationResultSink sink)
    {
        if (result.Streams is { Count: > 0 } streams)
        {
            // Validation allows exactly one root field in a subscription, so there is one stream.
            operation.Attach(streams.Values.First().Subscribe(new ResultStreamObserver(operation, sink)));
            await operation.Finished;
        }
        else if (!result.Executed && result.Errors is { Count: > 0 } errors)
        {
            operation.TryFinish(() => sink.SendError(operation.Id, errors));
        }
        else
        {
            operation.TryFinish(() =>
            {
                sink.SendNext(operation.Id, result);
                sink.SendComplete(operation.Id);
            });
        }
    }
}
