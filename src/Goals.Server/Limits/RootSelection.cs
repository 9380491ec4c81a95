using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace Goals.Server.Limits;

/// <summary>One root field the operation executes: its first node in the document and its definition.</summary>
internal sealed record RootField(GraphQLField Node, FieldType Definition);

/// <summary>
/// The root fields an operation executes, one per response key: through inline fragments and fragment spreads,
/// leaving out what <c>@skip</c>/<c>@include</c> leave out and the <c>__</c> meta fields.
/// </summary>
internal static class RootSelection
{
    public static IReadOnlyList<RootField> Fields(ValidationContext context, IObjectGraphType root)
    {
        var byResponseKey = new Dictionary<string, RootField>(StringComparer.Ordinal);
        Collect(context, root, context.Operation.SelectionSet, byResponseKey, []);
        return [.. byResponseKey.Values];
    }

    private static void Collect(ValidationContext context, IObjectGraphType root, GraphQLSelectionSet selectionSet,
        Dictionary<string, RootField> byResponseKey, HashSet<string> fragmentsSeen)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (!context.ShouldIncludeNode(selection))
                continue;
            switch (selection)
            {
                case GraphQLField field when root.GetField(field.Name.Value) is { } definition:
                    byResponseKey.TryAdd((field.Alias?.Name ?? field.Name).StringValue, new RootField(field, definition));
                    break;
                case GraphQLInlineFragment inline:
                    Collect(context, root, inline.SelectionSet, byResponseKey, fragmentsSeen);
                    break;
                case GraphQLFragmentSpread spread when fragmentsSeen.Add(spread.FragmentName.Name.StringValue)
                    && context.Document.FindFragmentDefinition(spread.FragmentName.Name.Value) is { } fragment:
                    Collect(context, root, fragment.SelectionSet, byResponseKey, fragmentsSeen);
                    break;
            }
        }
    }
}
