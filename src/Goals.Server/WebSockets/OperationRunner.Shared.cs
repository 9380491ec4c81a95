using GraphQL;
using Goals.Server.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace Goals.Server.WebSockets;

internal sealed partial class OperationRunner
{
    /// <summary>
    /// Joins the running execution identical to this operation; true when the operation is answered (joined, or
    /// refused by the rate limiter exactly as its own execution would have been).
    /// </summary>
    private bool TryJoin(SharedSubscriptionKey sharing, ActiveOperation operation, OperationOrigin origin, IOperationResultSink sink)
    {
        var member = shared.TryJoin(sharing, operation, sink, origin, limiter, out var refused);
        if (refused is not null)
        {
            var errors = refused.ToResult().Errors!;
            operation.TryFinish(() => sink.SendError(operation.Id, errors));
            return true;
        }

        if (member is null)
        {
            return false;
        }

        // Stopping the operation (complete, shutdown, socket closed) leaves the group; nothing else of it is kept.
        operation.Attach(member);
        return true;
    }

    /// <summary>
    /// Runs the executor like <see cref="RunAloneAsync"/>, but under a lifetime of the execution's own: until the
    /// outcome is known it follows the operation; a shareable stream then becomes a group that outlives the operation.
    /// </summary>
    private async Task RunShareableAsync(
        SharedSubscriptionKey sharing, ActiveOperation operation, GraphQLRequest request, OperationOrigin origin, IOperationResultSink sink)
    {
        try
        {
            if (TryJoin(sharing, operation, origin, sink))
            {
                return;
            }

            await using var scope = scopes.CreateAsyncScope();
            using var lifetime = new CancellationTokenSource();
            var followOperation = operation.Cancellation.UnsafeRegister(static source => ((CancellationTokenSource)source!).Cancel(), lifetime);
            try
            {
                var result = await executor.ExecuteAsync(request, ContextOf(origin, scope), lifetime.Token);
                if (result.Streams is { Count: 1 } streams && SubscriptionSharing.IsShareable(schema, result))
                {
                    await followOperation.DisposeAsync();
                    // Stopped while it executed: nothing to share, the stream is dropped below like any other.
                    if (!lifetime.IsCancellationRequested)
                    {
                        await RunGroupAsync(new SharedSubscriptions.Group(shared, sharing, messages, lifetime), streams, operation, sink);
                        return;
                    }
                }

                await ReportAsync(operation, result, sink);
            }
            finally
            {
                await followOperation.DisposeAsync();
            }
        }
        catch (Exception exception)
        {
            Failed(operation, origin, sink, exception);
        }
    }

    /// <summary>
    /// Starts <paramref name="group"/> with the operation as its first member, or joins one that went live while this
    /// execution ran. Returns when the group's execution has ended, so the caller's scope lives as long as it does.
    /// </summary>
    private async Task RunGroupAsync(
        SharedSubscriptions.Group group, IDictionary<string, IObservable<ExecutionResult>> streams, ActiveOperation operation, IOperationResultSink sink)
    {
        var member = shared.StartOrJoin(group, operation, sink);
        operation.Attach(member);
        if (!ReferenceEquals(member.Group, group))
        {
            return;
        }

        foreach (var stream in streams.Values)
        {
            group.Start(stream);
        }

        await group.Finished;
    }
}
