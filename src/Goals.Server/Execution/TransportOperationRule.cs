using Goals.Server.Errors;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Goals.Server.Execution;

/// <summary>
/// Which operations a transport may carry: GET only reads (a mutation over GET is refused so the HTTP layer can
/// answer 405), and subscriptions need the WebSocket endpoint.
/// </summary>
public sealed class TransportOperationRule(GraphQLTransportKind transport) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var kind = context.Operation.Operation;
        if (transport == GraphQLTransportKind.HttpGet && kind != OperationType.Query)
            context.ReportError(new CodedValidationError(context.Document.Source, ErrorCodes.MethodNotAllowed,
                $"A {kind.ToString().ToLowerInvariant()} cannot be sent with GET; use POST.", context.Operation));
        else if (transport != GraphQLTransportKind.WebSocket && kind == OperationType.Subscription)
            context.ReportError(new CodedValidationError(context.Document.Source, ErrorCodes.ValidationFailed,
                "Subscriptions are served over WebSocket (graphql-transport-ws), not over HTTP.", context.Operation));
        return default;
    }
}
