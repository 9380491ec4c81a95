using Goals.Server.Errors;
using Goals.Server.Execution;
using Goals.Server.RateLimiting;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;

namespace Goals.Server.Limits;

/// <summary>
/// GraphQL.NET's complexity analysis with the server's budget and code: each field costs 1, and a list field
/// multiplies its children by its <c>first</c>/<c>last</c> argument (or its connection parent's), else by the default
/// page size. Introspection fields cost 1 each without multiplying (their lists are the schema's, not a page, and
/// <see cref="DepthLimitRule"/> bounds how they nest), so an IDE can read the schema under the normal budget. The
/// analysis walks fragments at every spread, so it runs only on documents whose expansion was bounded at parse time,
/// and it stops when validation runs out of time. Depth is <see cref="DepthLimitRule"/>'s. An operation within the
/// budget is then charged to its client's cost budget per minute (RATE_LIMITED when it is spent), so only valid work
/// is charged.
/// </summary>
public sealed class CostRule(GraphQLLimitOptions limits, GraphQLRateLimiter rateLimiter) : ComplexityValidationRule(BuildOptions(limits))
{
    protected override ValueTask ValidateComplexityAsync(ValidationContext context, double totalComplexity, int maxDepth)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (totalComplexity > limits.MaxCost)
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
        {
            context.ValidationContext.CancellationToken.ThrowIfCancellationRequested();
            return IsIntrospection(context) ? IntrospectionCost : standard(context);
        };
        return options;
    }

    private static readonly FieldComplexityResult IntrospectionCost = new(1, 1);

    private static bool IsIntrospection(FieldImpactContext context) =>
        context.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal)
        || context.ParentType.Name.StartsWith("__", StringComparison.Ordinal);
}
