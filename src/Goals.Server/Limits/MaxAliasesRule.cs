using Goals.Server.Errors;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Goals.Server.Limits;

/// <summary>Refuses documents with more aliased fields than allowed: aliases are the cheap way to repeat a costly field.</summary>
public sealed class MaxAliasesRule(int maxAliases) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var count = context.Document.Definitions.Sum(definition => definition switch
        {
            GraphQLOperationDefinition operation => CountAliases(operation.SelectionSet),
            GraphQLFragmentDefinition fragment => CountAliases(fragment.SelectionSet),
            _ => 0,
        });
        if (count > maxAliases)
            context.ReportError(new CodedValidationError(context.Document.Source, ErrorCodes.MaxAliasesExceeded,
                $"The document uses {count} aliases; the maximum is {maxAliases}.", context.Document));
        return default;
    }

    private static int CountAliases(GraphQLSelectionSet? selectionSet) =>
        selectionSet?.Selections.Sum(selection => selection switch
        {
            GraphQLField field => (field.Alias is null ? 0 : 1) + CountAliases(field.SelectionSet),
            GraphQLInlineFragment inline => CountAliases(inline.SelectionSet),
            _ => 0,
        }) ?? 0;
}
