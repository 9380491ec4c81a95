using Goals.Server.Errors;
using Goals.Server.Execution;
using Goals.Server.RateLimiting;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;

namespace Goals.Server.Limits;

/// <summary>
/// GraphQL.NET's complexity analysis with the server's budget and codes: each field costs 1, and a list field
/// multiplies its children by its <c>first</c>/<c>last</c> argument (or its connection parent's), else by the default
/// page size. Introspection fields cost 1 each without multiplying (their lists are the schema's, not a page), and an
/// operation that only introspects has its own depth limit, so an IDE can read the schema under the normal budget.
/// Depth and cost get separate codes so clients can tell which limit they hit. An operation within both is then
/// charged to its client's cost budget per minute (RATE_LIMITED when it is spent), so only valid work is charged.
/// </summary>
public sealed class CostAndDepthRule(GraphQLLimitOptions limits, GraphQLRateLimiter rateLimiter) : ComplexityValidationRule(BuildOptions(limits))
{
    protected override ValueTask ValidateComplexityAsync(ValidationContext context, double totalComplexity, int maxDepth)
    {
        ArgumentNullException.ThrowIfNull(context);
        var depthLimit = OnlyIntrospects(context.Operation) ? limits.MaxIntrospectionDepth : limits.MaxDepth;
        if (maxDepth > depthLimit)
            context.ReportError(new CodedValidationError(context.Document.Source, ErrorCodes.MaxDepthExceeded,
                $"The operation is nested {maxDepth} levels deep; the maximum is {depthLimit}.", context.Operation));
        else if (totalComplexity > limits.MaxCost)
            context.ReportError(new CodedValidationError(context.Document.Source, ErrorCodes.CostLimitExceeded,
                $"The operation costs {totalComplexity:0}; the budget is {limits.MaxCost}.", context.Operation));
        else if (rateLimiter.Enabled && context.UserContext is GraphQLUserContext { Request: var request }
            && rateLimiter.TrySpendCost(ClientPartition.For(request.User, request.RemoteAddress), totalComplexity) is { } retryAfter)
            context.ReportError(RateLimitErrors.Cost(context.Document.Source, context.Operation, totalComplexity, retryAfter));
        return default;
    }

    private static ComplexityOptions BuildOptions(GraphQLLimitOptions limits)
    {
        var options = new ComplexityOptions
        {
            DefaultScalarImpact = 1,
            DefaultObjectImpact = 1,
            DefaultListImpactMultiplier = limits.DefaultPageSize,
        };
        var standard = options.DefaultComplexityImpactDelegate;
        options.DefaultComplexityImpactDelegate = context =>
            IsIntrospection(context) ? new FieldComplexityResult(1, 1) : standard(context);
        return options;
    }

    private static bool IsIntrospection(FieldImpactContext context) =>
        context.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal)
        || context.ParentType.Name.StartsWith("__", StringComparison.Ordinal);

    private static bool OnlyIntrospects(GraphQLOperationDefinition operation) =>
        operation.SelectionSet.Selections.All(selection =>
            selection is GraphQLField field && field.Name.StringValue.StartsWith("__", StringComparison.Ordinal));
}
