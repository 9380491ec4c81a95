using System.Net;
using System.Security.Claims;
using Goals.Server.Execution;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Goals.Server.WebSockets;

/// <summary>Executes one socket operation through the shared executor and reports its outcome to the sink.</summary>
internal sealed class OperationRunner(IGraphQLRequestExecutor executor, IServiceScopeFactory scopes, ILogger<OperationRunner> logger)
{
    public async Task RunAsync(
        ActiveOperation operation, GraphQLRequest request, ClaimsPrincipal user, IPAddress? remoteAddress, string traceId, IOperationResultSink sink)
    {
        try
        {
            // One scope per operation, like one HTTP request: request-scoped caches (data loaders) do not leak
            // between operations, and the scope lives as long as the event stream.
            await using var scope = scopes.CreateAsyncScope();
            var context = new GraphQLRequestContext(user, scope.ServiceProvider, GraphQLTransportKind.WebSocket, traceId, remoteAddress);
            var result = await executor.ExecuteAsync(request, context, operation.Cancellation);

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
        catch (OperationCanceledException) when (operation.Cancellation.IsCancellationRequested)
        {
            operation.Stop();
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "WebSocket operation {OperationId} failed ({TraceId})", operation.Id, traceId);
            operation.Stop();
            sink.Fault();
        }
    }
}
