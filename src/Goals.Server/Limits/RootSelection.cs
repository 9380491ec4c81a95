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
        // Most operations select one root field and no fragment: answered without the maps that merge response keys.
        if (context.Operation.SelectionSet.Selections is [GraphQLField single]
            && context.ShouldIncludeNode(single) && root.GetField(single.Name.Value) is { } only)
            return [new RootField(single, only)];

        var byResponseKey = new Dictionary<string, RootField>(StringComparer.Ordinal);
        HashSet<string>? fragmentsSeen = null;
        Collect(context, root, context.Operation.SelectionSet, byResponseKey, ref fragmentsSeen);
        return [.. byResponseKey.Values];
    }

    private static void Collect(ValidationContext context, IObjectGraphType root, GraphQLSelectionSet selectionSet,
        Dictionary<string, RootField> byResponseKey, ref HashSet<string>? fragmentsSeen)
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
                    Collect(context, root, inline.SelectionSet, byResponseKey, ref fragmentsSeen);
                    break;
                case GraphQLFragmentSpread spread when (fragmentsSeen ??= new(StringComparer.Ordinal)).Add(spread.FragmentName.Name.StringValue)
                    && context.Document.FindFragmentDefinition(spread.FragmentName.Name.Value) is { } fragment:
                    Collect(context, root, fragment.SelectionSet, byResponseKey, ref fragmentsSeen);
                    break;
            }
        }
    }
}
