using GraphQL.Types;

namespace Goals.Server.Mutations;

/// <summary>
/// Base for <c>XPayload</c>: subclasses add the result field(s); this adds <c>errors: [XError!]</c>, which is null
/// when the mutation succeeded.
/// </summary>
public abstract class PayloadGraphType<TPayload, TErrorUnion> : ObjectGraphType<TPayload>
    where TPayload : IMutationPayload
    where TErrorUnion : UnionGraphType
{
    protected PayloadGraphType()
    {
        Name = typeof(TPayload).Name;
        Field<ListGraphType<NonNullGraphType<TErrorUnion>>>("errors")
            .Description("Domain errors; null when the mutation succeeded.")
            .Resolve(context => context.Source.Errors is { Count: > 0 } errors ? errors : null);
    }
}
