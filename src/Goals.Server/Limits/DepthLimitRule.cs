using Goals.Server.Errors;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Goals.Server.Limits;

/// <summary>
/// Refuses operations nested deeper than allowed (see <see cref="OperationNesting"/> for what counts), with its own
/// limit for an operation that only introspects, and introspection that nests the schema's lists inside each other.
/// Every operation of the document is checked, so the verdict holds for the cached document whichever one runs.
/// </summary>
public sealed class DepthLimitRule(GraphQLLimitOptions limits) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var nesting = new OperationNesting(context.Schema, context.Document);
        foreach (var operation in context.Document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            var measured = nesting.Measure(operation);
            var depthLimit = OnlyIntrospects(operation) ? limits.MaxIntrospectionDepth : limits.MaxDepth;
            if (measured.Fields > depthLimit)
                context.ReportError(new CodedValidationError(context.Document.Source, ErrorCodes.MaxDepthExceeded,
                    $"The operation is nested {measured.Fields} levels deep; the maximum is {depthLimit}.", operation));
            if (measured.IntrospectionLists > limits.MaxIntrospectionListDepth)
                context.ReportError(new CodedValidationError(context.Document.Source, ErrorCodes.MaxDepthExceeded,
                    $"The operation nests the introspection lists fields, inputFields, interfaces and possibleTypes " +
                    $"{measured.IntrospectionLists} deep; the maximum is {limits.MaxIntrospectionListDepth}.", operation));
        }

        return default;
    }

    private static bool OnlyIntrospects(GraphQLOperationDefinition operation) =>
        operation.SelectionSet.Selections.All(selection =>
            selection is GraphQLField field && field.Name.StringValue.StartsWith("__", StringComparison.Ordinal));
}
