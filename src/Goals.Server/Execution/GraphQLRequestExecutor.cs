using Goals.Server.Documents;
using Goals.Server.Errors;
using Goals.Server.Hosting;
using Goals.Server.RateLimiting;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Goals.Server.Execution;

/// <summary>
/// Request pipeline shared by every transport: request budget (WebSocket) → persisted query → document cache or
/// parse (size and token limits) → validation (limits, transport rules, cost budget) → execution (queries with a
/// timeout) → unexpected errors logged and tagged.
/// </summary>
public sealed partial class GraphQLRequestExecutor(
    IDocumentExecuter documentExecuter,
    ISchema schema,
    DocumentCache documentCache,
    PersistedQueryResolver persistedQueries,
    ValidationRuleSet validationRules,
    GraphQLRateLimiter rateLimiter,
    IOptions<GraphQLServerOptions> options,
    ILogger<GraphQLRequestExecutor> logger) : IGraphQLRequestExecutor
{
    public async Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, GraphQLRequestContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var limits = options.Value.Limits;
        // HTTP requests are counted by ASP.NET Core's rate limiter; an operation over a socket is counted here.
        if (context.Transport == GraphQLTransportKind.WebSocket
            && rateLimiter.TrySpendSocketOperation(context.User, context.RemoteAddress) is { } rateLimited)
            return rateLimited.ToResult();
        try
        {
            var query = persistedQueries.Resolve(request);
            var hash = DocumentHash.Of(query);
            var cached = documentCache.Find(hash);
            var document = cached ?? DocumentParser.Parse(query, limits);
            var kind = OperationKind(document, request.OperationName);
            var result = await documentExecuter.ExecuteAsync(new ExecutionOptions
            {
                Schema = schema,
                Query = query,
                Document = document,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Extensions = request.Extensions is null ? null : new Inputs(request.Extensions.ToDictionary()),
                ValidationRules = cached is null
                    ? validationRules.ForNewDocument(context.Transport)
                    : validationRules.ForCachedDocument(context.Transport),
                RequestServices = context.RequestServices,
                User = context.User,
                UserContext = new GraphQLUserContext(context),
                // A started write runs to its end and reports what it did, even when the client has gone: cutting it
                // would leave rows stored that no answer mentions. Validation bounds a mutation before it starts.
                CancellationToken = kind == OperationType.Mutation ? CancellationToken.None : cancellationToken,
                // A subscription lives as long as its client wants it; the timeout bounds queries only.
                Timeout = kind == OperationType.Query ? limits.ExecutionTimeout : Timeout.InfiniteTimeSpan,
                TimeoutAction = TimeoutAction.ReturnTimeoutError,
                UnhandledExceptionDelegate = unhandled =>
                {
                    LogUnexpected(unhandled.Exception, context.TraceId, unhandled.FieldContext?.Path is { } path ? string.Join('.', path) : null);
                    return Task.CompletedTask;
                },
            });
            if (cached is null && result.Executed)
                documentCache.Add(hash, document);
            TagUnexpectedErrors(result, context.TraceId);
            return result;
        }
        catch (GraphQLRequestError error)
        {
            return error.ToResult();
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A fault outside field execution (a store, the schema): same masking and trace id as a resolver fault.
            LogUnexpected(ex, context.TraceId, null);
            var result = new ExecutionResult { Errors = [new UnhandledError("Error executing the request.", ex)], Executed = false };
            TagUnexpectedErrors(result, context.TraceId);
            return result;
        }
    }

    /// <summary>The kind of the operation that will run; a query when it cannot be told (validation will refuse it).</summary>
    private static OperationType OperationKind(GraphQLDocument document, string? operationName)
    {
        // A loop rather than LINQ: this runs on every request, and the answer needs at most two matches.
        GraphQLOperationDefinition? found = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not GraphQLOperationDefinition operation
                || (operationName is not null && operation.Name?.StringValue != operationName))
                continue;
            if (found is not null)
                return OperationType.Query;
            found = operation;
        }

        return found?.Operation ?? OperationType.Query;
    }

    private static void TagUnexpectedErrors(ExecutionResult result, string traceId)
    {
        foreach (var error in result.Errors ?? [])
        {
            if (!ErrorClassifier.IsUnexpected(error))
                continue;
            error.Extensions ??= [];
            error.Extensions[GraphQLErrorInfoProvider.TraceIdKey] = traceId;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected error while executing a GraphQL request (trace id {TraceId}, path {Path})")]
    private partial void LogUnexpected(Exception exception, string traceId, string? path);
}
