using GraphQL.Types;

namespace Goals.Server.Relay;

/// <summary>Makes an object type a Relay node in one line: <c>this.ImplementNode(book =&gt; book.Id)</c>.</summary>
public static class NodeTypeExtensions
{
    public static void ImplementNode<TSource>(this ObjectGraphType<TSource> type, Func<TSource, string> key)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(key);
        type.Interface<NodeInterfaceType>();
        type.IsTypeOf = value => value is TSource;
        type.Field<NonNullGraphType<IdGraphType>>("id")
            .Description("The globally unique id of the object.")
            .Resolve(context => GlobalId.Encode(type.Name, key(context.Source)));
    }
}
