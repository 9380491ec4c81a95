using GraphQL;

namespace Goals.Server.Relay;

/// <summary>
/// Fetches objects of one GraphQL type by key for <c>node(id)</c> and <c>nodes(ids)</c>. Register one per node type
/// with <c>services.AddNodeResolver&lt;T&gt;()</c>; <c>nodes</c> calls it once per type with all keys of that type.
/// </summary>
public interface INodeResolver
{
    /// <summary>The GraphQL object type name encoded in the global ids this resolver owns.</summary>
    string TypeName { get; }

    /// <summary>The objects found, by key; missing keys resolve to <c>null</c>.</summary>
    Task<IReadOnlyDictionary<string, object>> ResolveAsync(IReadOnlyList<string> keys, IResolveFieldContext context, CancellationToken cancellationToken);
}
