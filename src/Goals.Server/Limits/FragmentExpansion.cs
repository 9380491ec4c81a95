using GraphQLParser;
using GraphQLParser.AST;

namespace Goals.Server.Limits;

/// <summary>
/// Counts the field selections of a document's operations as if every fragment spread were replaced by its fragment,
/// in time linear in the document: each fragment is counted once and its count reused at every spread. A document
/// whose fragments spread each other twice doubles per fragment, and validators that walk the expansion (the cost
/// analysis) would take exponential time on it, so this count is checked first.
/// </summary>
public sealed class FragmentExpansion
{
    private readonly Dictionary<ROM, GraphQLFragmentDefinition> _fragments = [];
    private readonly Dictionary<ROM, long> _counted = [];
    private readonly long _cap;

    private FragmentExpansion(GraphQLDocument document, long cap)
    {
        _cap = cap;
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
            _fragments.TryAdd(fragment.FragmentName.Name.Value, fragment);
    }

    /// <summary>
    /// The expanded count of all operations together, stopping at <paramref name="cap"/>. Unknown fragments and
    /// fragment cycles count nothing here; validation reports them.
    /// </summary>
    public static long Count(GraphQLDocument document, long cap)
    {
        ArgumentNullException.ThrowIfNull(document);
        var expansion = new FragmentExpansion(document, cap);
        return document.Definitions.OfType<GraphQLOperationDefinition>()
            .Aggregate(0L, (total, operation) => expansion.Add(total, expansion.CountSet(operation.SelectionSet)));
    }

    private long CountSet(GraphQLSelectionSet? selectionSet)
    {
        var total = 0L;
        foreach (var selection in selectionSet?.Selections ?? [])
        {
            total = Add(total, selection switch
            {
                GraphQLField field => Add(1, CountSet(field.SelectionSet)),
                GraphQLInlineFragment inline => CountSet(inline.SelectionSet),
                GraphQLFragmentSpread spread => CountFragment(spread.FragmentName.Name.Value),
                _ => 0,
            });
            if (total >= _cap)
                break;
        }

        return total;
    }

    private long CountFragment(ROM name)
    {
        if (_counted.TryGetValue(name, out var known))
            return known;
        if (!_fragments.TryGetValue(name, out var fragment))
            return 0;
        _counted[name] = 0; // a spread of a fragment still being counted is a cycle
        var count = CountSet(fragment.SelectionSet);
        _counted[name] = count;
        return count;
    }

    private long Add(long left, long right) => Math.Min(_cap, left + right);
}
