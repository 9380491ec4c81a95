using GraphQLParser.AST;

namespace Goals.Server.Limits;

/// <summary>
/// Counts, in linear time, the field pairs GraphQL's field-merging check would compare: in every selection set, the
/// pairs of fields that share a response name, counting the fields that inline fragments and fragment spreads bring
/// in. Stops counting once past the budget it is given.
/// </summary>
internal sealed class FieldMergePairs
{
    // Fragments that spread each other twice at every level multiply counts; a saturated count is already too many.
    private const long CountCeiling = 1 << 20;
    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = [];
    private readonly Dictionary<string, Dictionary<string, long>> _fragmentFields = [];
    private readonly HashSet<string> _expanding = [];

    private FieldMergePairs(GraphQLDocument document)
    {
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
            _fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
    }

    public static long Count(GraphQLDocument document, long budget)
    {
        var counter = new FieldMergePairs(document);
        var pairs = 0L;
        var pending = new Stack<GraphQLSelectionSet>(document.Definitions.Select(SelectionSetOf).OfType<GraphQLSelectionSet>());
        while (pending.TryPop(out var selectionSet) && pairs <= budget)
        {
            foreach (var count in counter.FieldsByResponseName(selectionSet).Values)
                pairs += count * (count - 1) / 2;
            foreach (var selection in selectionSet.Selections)
            {
                if (SelectionSetOf(selection) is { } nested)
                    pending.Push(nested);
            }
        }

        return pairs;
    }

    private static GraphQLSelectionSet? SelectionSetOf(ASTNode node) => node switch
    {
        GraphQLOperationDefinition operation => operation.SelectionSet,
        GraphQLFragmentDefinition fragment => fragment.SelectionSet,
        GraphQLField field => field.SelectionSet,
        GraphQLInlineFragment inline => inline.SelectionSet,
        _ => null,
    };

    private Dictionary<string, long> FieldsByResponseName(GraphQLSelectionSet selectionSet)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        var spreads = new HashSet<string>(StringComparer.Ordinal);
        Collect(selectionSet, counts, spreads);
        return counts;
    }

    private void Collect(GraphQLSelectionSet selectionSet, Dictionary<string, long> counts, HashSet<string> spreads)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    Add(counts, (field.Alias?.Name ?? field.Name).StringValue, 1);
                    break;
                case GraphQLInlineFragment inline:
                    Collect(inline.SelectionSet, counts, spreads);
                    break;
                case GraphQLFragmentSpread spread when spreads.Add(spread.FragmentName.Name.StringValue):
                    foreach (var (name, count) in FragmentFields(spread.FragmentName.Name.StringValue))
                        Add(counts, name, count);
                    break;
            }
        }
    }

    private Dictionary<string, long> FragmentFields(string name)
    {
        if (_fragmentFields.TryGetValue(name, out var known))
            return known;
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        // An unknown fragment or a cycle is another rule's error; here it simply adds nothing.
        if (_fragments.TryGetValue(name, out var fragment) && _expanding.Add(name))
        {
            Collect(fragment.SelectionSet, counts, new HashSet<string>(StringComparer.Ordinal) { name });
            _expanding.Remove(name);
        }

        _fragmentFields[name] = counts;
        return counts;
    }

    private static void Add(Dictionary<string, long> counts, string responseName, long count) =>
        counts[responseName] = Math.Min(CountCeiling, counts.GetValueOrDefault(responseName) + count);
}
