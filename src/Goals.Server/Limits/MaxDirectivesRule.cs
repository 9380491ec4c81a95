using Goals.Server.Errors;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Goals.Server.Limits;

/// <summary>
/// Refuses documents with more directives than allowed: each one is validated and evaluated, and repeating them is
/// a cheap way to make a small document expensive.
/// </summary>
public sealed class MaxDirectivesRule(int maxDirectives) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var count = context.Document.Definitions.Sum(definition => definition switch
        {
            GraphQLOperationDefinition operation => Count(operation.Directives)
                + (operation.Variables?.Items.Sum(variable => Count(variable.Directives)) ?? 0)
                + CountIn(operation.SelectionSet),
            GraphQLFragmentDefinition fragment => Count(fragment.Directives) + CountIn(fragment.SelectionSet),
            _ => 0,
        });
        if (count > maxDirectives)
            context.ReportError(new CodedValidationError(context.Document.Source, ErrorCodes.MaxDirectivesExceeded,
                $"The document uses {count} directives; the maximum is {maxDirectives}.", context.Document));
        return default;
    }

    private static int Count(GraphQLDirectives? directives) => directives?.Count ?? 0;

    private static int CountIn(GraphQLSelectionSet? selectionSet) =>
        selectionSet?.Selections.Sum(selection => selection switch
        {
            GraphQLField field => Count(field.Directives) + CountIn(field.SelectionSet),
            GraphQLInlineFragment inline => Count(inline.Directives) + CountIn(inline.SelectionSet),
            GraphQLFragmentSpread spread => Count(spread.Directives),
            _ => 0,
        }) ?? 0;
}
