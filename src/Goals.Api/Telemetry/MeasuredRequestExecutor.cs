using System.Diagnostics;
using Goals.Server.Execution;
using GraphQL;
using Serilog;

namespace Goals.Api.Telemetry;

/// <summary>
/// Wraps the executor every transport uses: each operation is timed and counted by type and bounded name, gets a
/// span, and is named in the logs — on the HTTP request's log line, or on a line of its own over a WebSocket, whose
/// request line is written only when the socket closes.
/// </summary>
public sealed partial class MeasuredRequestExecutor(
    IGraphQLRequestExecutor inner,
    GraphQLMetrics metrics,
    OperationLabels labels,
    RequestLogFields logFields,
    IDiagnosticContext requestLog,
    ILogger<MeasuredRequestExecutor> logger) : IGraphQLRequestExecutor
{
    public async Task<ExecutionResult> ExecuteAsync(
        GraphQLRequest request, GraphQLRequestContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        using var span = GraphQLMetrics.Source.StartActivity("graphql");
        var started = Stopwatch.GetTimestamp();
        ExecutionResult result;
        try
        {
            result = await inner.ExecuteAsync(request, context, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Finish(request, context, null, Stopwatch.GetElapsedTime(started), span);
            throw;
        }

        var operation = Finish(request, context, result, Stopwatch.GetElapsedTime(started), span);
        if (result.Streams is { Count: > 0 } streams)
        {
            result.Streams = streams.ToDictionary(stream => stream.Key, stream => metrics.Track(stream.Value, operation));
        }

        return result;
    }

    private OperationLabel Finish(
        GraphQLRequest request, GraphQLRequestContext context, ExecutionResult? result, TimeSpan elapsed, Activity? span)
    {
        var operation = labels.Of(request, result);
        metrics.Record(operation, elapsed, result?.Errors);
        if (span is not null)
        {
            span.DisplayName = $"{operation.Type} {operation.Name}";
            span.SetTag("graphql.operation.type", operation.Type);
            span.SetTag("graphql.operation.name", operation.Name);
            if (result?.Errors is { Count: > 0 })
            {
                span.SetStatus(ActivityStatusCode.Error);
            }
        }

        if (context.Transport == GraphQLTransportKind.WebSocket)
        {
            LogSocketOperation(operation.Type, operation.Name, elapsed.TotalMilliseconds, result?.Errors?.Count ?? 0,
                logFields.UserIdOf(context.User), RequestLogFields.CurrentTraceId());
        }
        else
        {
            requestLog.Set(RequestLogFields.OperationType, operation.Type);
            requestLog.Set(RequestLogFields.OperationName, operation.Name);
        }

        return operation;
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "GraphQL {OperationType} {OperationName} over WebSocket started in {Elapsed:0.0000} ms with {ErrorCount} errors (user {UserId}, trace {TraceId})")]
    private partial void LogSocketOperation(
        string operationType, string operationName, double elapsed, int errorCount, string? userId, string? traceId);
}
