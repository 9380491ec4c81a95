using GraphQL.Types;

namespace Goals.Server.Relay;

/// <summary>The Relay <c>Node</c> interface: anything with a global id that <c>node(id)</c> can refetch.</summary>
public sealed class NodeInterfaceType : InterfaceGraphType
{
    public NodeInterfaceType()
    {
        Name = "Node";
        Description = "An object with a globally unique id that `node(id:)` can refetch.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The globally unique id of the object.");
    }
}
