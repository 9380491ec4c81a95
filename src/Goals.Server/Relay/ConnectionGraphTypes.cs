using Goals.Paging;
using GraphQL;
using GraphQL.Types;

namespace Goals.Server.Relay;

/// <summary>
/// <c>{Prefix}Connection { edges nodes pageInfo totalCount }</c> with an explicit name, for schemas whose contract
/// fixes connection names that do not follow the node type (<c>GoalsConnection</c> for <c>Goal</c>). Subclass it with
/// a parameterless constructor: <c>sealed class GoalsConnectionType() : NamedConnectionGraphType&lt;GoalType,
/// GoalsEdgeType&gt;("Goals")</c>.
/// </summary>
public abstract class NamedConnectionGraphType<TNodeGraphType, TEdgeGraphType> : ObjectGraphType<IPage>
    where TNodeGraphType : IGraphType
    where TEdgeGraphType : NamedEdgeGraphType<TNodeGraphType>
{
    protected NamedConnectionGraphType(string prefix)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        var nodeName = typeof(TNodeGraphType).GraphQLName();
        Name = $"{prefix}Connection";
        Description = $"A page of {nodeName} objects.";
        Field<ListGraphType<NonNullGraphType<TEdgeGraphType>>>("edges")
            .Description("The edges of this page.").Resolve(context => context.Source.Edges);
        Field<ListGraphType<NonNullGraphType<TNodeGraphType>>>("nodes")
            .Description("The nodes of this page, without cursors.").Resolve(context => context.Source.Nodes);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo")
            .Description("Information to fetch the next or previous page.").Resolve(context => context.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many objects all pages hold together.").Resolve(context => context.Source.TotalCount);
    }
}

/// <summary><c>{Prefix}Edge { cursor node }</c> with an explicit name; the edge of a <see cref="NamedConnectionGraphType{TNodeGraphType, TEdgeGraphType}"/>.</summary>
public abstract class NamedEdgeGraphType<TNodeGraphType> : ObjectGraphType<IPageEdge>
    where TNodeGraphType : IGraphType
{
    protected NamedEdgeGraphType(string prefix)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        Name = $"{prefix}Edge";
        Description = $"A {typeof(TNodeGraphType).GraphQLName()} and its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor")
            .Description("The cursor to pass as `after` or `before`.").Resolve(context => context.Source.Cursor);
        Field<NonNullGraphType<TNodeGraphType>>("node").Description("The object.").Resolve(context => context.Source.Node);
    }
}

/// <summary><c>XConnection</c>, named after the node type (<c>BookType</c> → <c>BookConnection</c>).</summary>
public sealed class ConnectionGraphType<TNodeGraphType>()
    : NamedConnectionGraphType<TNodeGraphType, EdgeGraphType<TNodeGraphType>>(typeof(TNodeGraphType).GraphQLName())
    where TNodeGraphType : IGraphType;

/// <summary><c>XEdge { cursor node }</c>, named after the node type.</summary>
public sealed class EdgeGraphType<TNodeGraphType>()
    : NamedEdgeGraphType<TNodeGraphType>(typeof(TNodeGraphType).GraphQLName())
    where TNodeGraphType : IGraphType;

/// <summary>Relay <c>PageInfo</c>.</summary>
public sealed class PageInfoGraphType : ObjectGraphType<PageInfo>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Description = "Information about pagination in a connection.";
        Field(info => info.HasNextPage).Description("Whether more items follow this page.");
        Field(info => info.HasPreviousPage).Description("Whether items precede this page.");
        Field(info => info.StartCursor, nullable: true).Description("The cursor of the first edge.");
        Field(info => info.EndCursor, nullable: true).Description("The cursor of the last edge.");
    }
}
