using Goals.Server.Errors;
using GraphQL.Validation;
using GraphQL.Validation.Rules;

namespace Goals.Server.Limits;

/// <summary>
/// GraphQL's "overlapping fields can be merged" check, run only when it is cheap. The check compares every pair of
/// fields that share a response name in a selection set (fragments included) and reports one error per pair that
/// conflicts: 443 copies of <c>goal(id: N)</c>, 7 KB, made about 98,000 errors, a 25 MB answer and seconds of CPU.
/// A document whose pairs exceed the budget gets one error instead, and no pair is compared.
/// </summary>
public sealed class FieldMergeBudgetRule(int maxPairs) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var pairs = FieldMergePairs.Count(context.Document, maxPairs);
        if (pairs <= maxPairs)
            return OverlappingFieldsCanBeMerged.Instance.GetPreNodeVisitorAsync(context);
        context.ReportError(new CodedValidationError(context.Document.Source, ErrorCodes.FieldMergeLimitExceeded,
            $"Too many fields share a response name: merging them takes more than {maxPairs} comparisons. Give repeated fields distinct aliases, or select each once.",
            context.Document));
        return default;
    }
}
