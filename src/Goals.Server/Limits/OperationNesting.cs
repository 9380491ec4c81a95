using GraphQL;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;

namespace Goals.Server.Limits;

/// <summary>How deep an operation nests: its fields, and the introspection list fields among them.</summary>
public readonly record struct Nesting(int Fields, int IntrospectionLists)
{
    public static Nesting Max(Nesting left, Nesting right) =>
        new(Math.Max(left.Fields, right.Fields), Math.Max(left.IntrospectionLists, right.IntrospectionLists));
}

/// <summary>
/// Measures the nesting of a document's operations in time linear in the document: a fragment is measured once (its
/// type condition fixes what its fields mean) and reused at every spread. Each field adds a level, except the plumbing
/// of Relay connections, which only wraps the objects a client asked for: <c>edges</c>, <c>nodes</c> and
/// <c>pageInfo</c> of a connection (a type with <c>edges</c> and <c>pageInfo</c>) and <c>node</c> of an edge (a type
/// with <c>node</c> and <c>cursor</c>). Introspection list fields of <c>__Type</c> that lead back to types are
/// counted separately, since each of them multiplies the answer by the size of the schema.
/// </summary>
public sealed class OperationNesting
{
    private static readonly string[] IntrospectionLists = ["fields", "inputFields", "interfaces", "possibleTypes"];

    private readonly ISchema _schema;
    private readonly Dictionary<ROM, GraphQLFragmentDefinition> _fragments = [];
    private readonly Dictionary<ROM, Nesting> _measured = [];

    public OperationNesting(ISchema schema, GraphQLDocument document)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        _schema = schema;
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
            _fragments.TryAdd(fragment.FragmentName.Name.Value, fragment);
    }

    public Nesting Measure(GraphQLOperationDefinition operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        IGraphType? root = operation.Operation switch
        {
            OperationType.Mutation => _schema.Mutation,
            OperationType.Subscription => _schema.Subscription,
            _ => _schema.Query,
        };
        return MeasureSet(operation.SelectionSet, root);
    }

    private Nesting MeasureSet(GraphQLSelectionSet? selectionSet, IGraphType? parent)
    {
        var deepest = default(Nesting);
        foreach (var selection in selectionSet?.Selections ?? [])
        {
            deepest = Nesting.Max(deepest, selection switch
            {
                GraphQLField field => MeasureField(field, parent),
                GraphQLInlineFragment inline => MeasureSet(inline.SelectionSet, TypeNamed(inline.TypeCondition) ?? parent),
                GraphQLFragmentSpread spread => MeasureFragment(spread.FragmentName.Name.Value),
                _ => default,
            });
        }

        return deepest;
    }

    private Nesting MeasureField(GraphQLField field, IGraphType? parent)
    {
        var name = field.Name.StringValue;
        var children = field.SelectionSet is null ? default : MeasureSet(field.SelectionSet, FieldTypeOf(parent, field.Name.Value));
        var level = IsConnectionPlumbing(parent, name) ? 0 : 1;
        var list = parent?.Name == "__Type" && IntrospectionLists.Contains(name) ? 1 : 0;
        return new Nesting(children.Fields + level, children.IntrospectionLists + list);
    }

    private Nesting MeasureFragment(ROM name)
    {
        if (_measured.TryGetValue(name, out var known))
            return known;
        if (!_fragments.TryGetValue(name, out var fragment))
            return default;
        _measured[name] = default; // a spread of a fragment still being measured is a cycle, which validation reports
        var nesting = MeasureSet(fragment.SelectionSet, TypeNamed(fragment.TypeCondition));
        _measured[name] = nesting;
        return nesting;
    }

    private IGraphType? TypeNamed(GraphQLTypeCondition? condition) =>
        condition is null ? null : _schema.AllTypes[condition.Type.Name.Value];

    private IGraphType? FieldTypeOf(IGraphType? parent, ROM name)
    {
        if (name == "__schema")
            return _schema.AllTypes["__Schema"];
        if (name == "__type")
            return _schema.AllTypes["__Type"];
        return (parent as IComplexGraphType)?.GetField(name)?.ResolvedType?.GetNamedType();
    }

    private static bool IsConnectionPlumbing(IGraphType? parent, string name)
    {
        if (parent is not IComplexGraphType type)
            return false;
        return name switch
        {
            "edges" or "nodes" or "pageInfo" => type.HasField("edges") && type.HasField("pageInfo"),
            "node" => type.HasField("node") && type.HasField("cursor"),
            _ => false,
        };
    }
}
