using Goals.Paging;
using Goals.Server.Errors;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace Goals.Server.Relay;

/// <summary>Declares a Relay connection field with <c>first/after/last/before</c> in one call.</summary>
public static class ConnectionFieldExtensions
{
    /// <summary>A connection named after the node type (<c>BookConnection</c>).</summary>
    public static FieldBuilder<TSource, object> ConnectionField<TSource, TNodeGraphType>(
        this ObjectGraphType<TSource> type, string name, Func<IResolveFieldContext<TSource>, PageRequest, Task<IPage>> resolve)
        where TNodeGraphType : IGraphType =>
        type.NamedConnectionField<TSource, ConnectionGraphType<TNodeGraphType>>(name, resolve);

    /// <summary>A connection of an explicitly named type, e.g. a <see cref="NamedConnectionGraphType{TNodeGraphType, TEdgeGraphType}"/> subclass.</summary>
    public static FieldBuilder<TSource, object> NamedConnectionField<TSource, TConnectionGraphType>(
        this ObjectGraphType<TSource> type, string name, Func<IResolveFieldContext<TSource>, PageRequest, Task<IPage>> resolve)
        where TConnectionGraphType : ObjectGraphType<IPage>
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(resolve);
        return type.Field<NonNullGraphType<TConnectionGraphType>>(name)
            .Argument<IntGraphType>("first", "Returns the first n items after `after`.")
            .Argument<StringGraphType>("after", "Returns items after this cursor.")
            .Argument<IntGraphType>("last", "Returns the last n items before `before`.")
            .Argument<StringGraphType>("before", "Returns items before this cursor.")
            .ResolveAsync(async context =>
            {
                try
                {
                    return await resolve(context, PageArguments.From(context));
                }
                catch (InvalidCursorException ex)
                {
                    // The cursor came from the client: a malformed or foreign cursor is the client's error.
                    throw new GraphQLRequestError(ErrorCodes.InvalidCursor, ex.Message, ex);
                }
            });
    }
}
