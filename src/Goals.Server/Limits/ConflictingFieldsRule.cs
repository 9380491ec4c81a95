using Goals.Server.Errors;
using GraphQL.Validation;
using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace Goals.Server.Limits;

/// <summary>
/// Finds, in linear time, fields that will be merged into one response key but differ in field or arguments — the
/// conflicts GraphQL.NET's <c>OverlappingFieldsCanBeMerged</c> reports after comparing every pair, one error per
/// pair (quadratic: 443 such fields made 97,903 errors). When these alone exceed the error limit, this rule reports
/// that many itself, in GraphQL.NET's words, and <see cref="ValidationGuardRule"/> stops validation before the pairs
/// are compared. Only fields that surely share a parent are grouped (the same selection, or inline fragments on the
/// same type), and fragment spreads are left to the full rule, so nothing valid is ever refused here.
/// </summary>
public sealed class ConflictingFieldsRule(int maxErrors) : ValidationRuleBase
{
    private static readonly SDLPrinter Printer = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var conflicts = new List<ValidationError>();
        foreach (var definition in context.Document.Definitions)
        {
            if (definition is IHasSelectionSetNode { SelectionSet: { } selectionSet } && conflicts.Count <= maxErrors)
                CollectConflicts(context, [selectionSet], conflicts);
        }

        if (conflicts.Count > maxErrors)
            conflicts.ForEach(context.ReportError);
        return default;
    }

    // The selection sets are merged as execution merges them: those of one field repeated under one response key.
    private void CollectConflicts(ValidationContext context, IEnumerable<GraphQLSelectionSet> merged, List<ValidationError> conflicts)
    {
        var groups = new Dictionary<(string Condition, string ResponseKey), List<GraphQLField>>();
        foreach (var selectionSet in merged)
            Group(selectionSet, string.Empty, groups);

        foreach (var ((_, responseKey), fields) in groups)
        {
            var first = fields[0];
            var agreeing = new List<GraphQLSelectionSet>();
            foreach (var field in fields)
            {
                var reason = field.Name.Value != first.Name.Value ? $"{first.Name.StringValue} and {field.Name.StringValue} are different fields"
                    : SameArguments(first.Arguments, field.Arguments) ? null
                    : "they have differing arguments";
                if (reason is not null)
                    conflicts.Add(new CodedValidationError(context.Document.Source, ErrorCodes.ValidationFailed,
                        $"Fields {responseKey} conflicts because {reason}. Use different aliases on the fields to fetch both if this was intentional.",
                        first, field));
                else if (field.SelectionSet is not null)
                    agreeing.Add(field.SelectionSet);
                if (conflicts.Count > maxErrors)
                    return;
            }

            if (agreeing.Count > 0)
                CollectConflicts(context, agreeing, conflicts);
        }
    }

    private static void Group(GraphQLSelectionSet selectionSet, string condition, Dictionary<(string, string), List<GraphQLField>> groups)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (selection is GraphQLField field)
            {
                var key = (condition, (field.Alias?.Name ?? field.Name).StringValue);
                if (!groups.TryGetValue(key, out var fields))
                    groups[key] = fields = [];
                fields.Add(field);
            }
            else if (selection is GraphQLInlineFragment inline)
            {
                Group(inline.SelectionSet, inline.TypeCondition?.Type.Name.StringValue ?? condition, groups);
            }
        }
    }

    // As OverlappingFieldsCanBeMerged compares them: the same names, and values that print alike.
    private static bool SameArguments(GraphQLArguments? left, GraphQLArguments? right) =>
        (left?.Count ?? 0) == (right?.Count ?? 0)
        && (left?.Items ?? []).All(argument => right!.Items.FirstOrDefault(other => other.Name.Value == argument.Name.Value) is { } match
            && Print(argument.Value) == Print(match.Value));

    private static string Print(ASTNode node)
    {
        using var writer = new StringWriter();
        Printer.PrintAsync(node, writer).AsTask().GetAwaiter().GetResult(); // the printer writes synchronously
        return writer.ToString();
    }
}
