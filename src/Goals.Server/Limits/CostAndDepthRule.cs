using Goals.Server.Errors;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;

namespace Goals.Server.Limits;

/// <summary>
/// GraphQL.NET's complexity analysis with the server's budget and codes: each field costs 1, and a list field
/// multiplies its children by its <c>first</c>/<c>last</c> argument (or its connection parent's), else by the default
/// page size. Depth and cost get separate codes so clients can tell which limit they hit.
/// </summary>
public sealed class CostAndDepthRule(GraphQLLimitOptions limits) : ComplexityValidationRule(new ComplexityOptions
{
    DefaultScalarImpact = 1,
    DefaultObjectImpact = 1,
    DefaultListImpactMultiplier = limits.DefaultPageSize,
})
{
    protected override ValueTask ValidateComplexityAsync(ValidationContext context, double totalComplexity, int maxDepth)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (maxDepth > limits.MaxDepth)
            context.ReportError(new CodedValidationError(context.Document.Source, ErrorCodes.MaxDepthExceeded,
                $"The operation is nested {maxDepth} levels deep; the maximum is {limits.MaxDepth}.", context.Operation));
        else if (totalComplexity > limits.MaxCost)
            context.ReportError(new CodedValidationError(context.Document.Source, ErrorCodes.CostLimitExceeded,
                $"The operation costs {totalComplexity:0}; the budget is {limits.MaxCost}.", context.Operation));
        return default;
    }
}
