namespace Goals.Server.Relay;

/// <summary>One page of a Relay connection.</summary>
public sealed record Connection<TNode>(IReadOnlyList<Edge<TNode>> Edges, PageInfo PageInfo, int TotalCount) : IConnection
{
    IEnumerable<IEdge> IConnection.Edges => Edges;

    IEnumerable<object?> IConnection.Nodes => Edges.Select(edge => (object?)edge.Node);
}

/// <summary>Builds connection pages.</summary>
public static class Connection
{
    /// <summary>
    /// Builds the page from a window read in the paging direction (forward for <c>first</c>, backward for
    /// <c>last</c>) that holds up to <c>Size + 1</c> items: the extra item only tells that another page exists.
    /// </summary>
    public static Connection<TNode> FromWindow<TNode>(
        IReadOnlyList<TNode> window, PageRequest request, Func<TNode, string> cursorOf, bool hasItemsBeforeCursor, int totalCount)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(cursorOf);
        var hasMore = window.Count > request.Size;
        var page = window.Take(request.Size).ToList();
        if (!request.IsForward)
            page.Reverse();
        var edges = page.Select(node => new Edge<TNode>(cursorOf(node), node)).ToList();
        var pageInfo = new PageInfo(
            HasNextPage: request.IsForward ? hasMore : hasItemsBeforeCursor,
            HasPreviousPage: request.IsForward ? hasItemsBeforeCursor : hasMore,
            StartCursor: edges.Count > 0 ? edges[0].Cursor : null,
            EndCursor: edges.Count > 0 ? edges[^1].Cursor : null);
        return new Connection<TNode>(edges, pageInfo, totalCount);
    }
}

/// <summary>An edge: the node and the cursor that pages from it.</summary>
public sealed record Edge<TNode>(string Cursor, TNode Node) : IEdge
{
    object? IEdge.Node => Node;
}

/// <summary>Relay page information.</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

/// <summary>What the connection graph types read, whatever the node type.</summary>
public interface IConnection
{
    IEnumerable<IEdge> Edges { get; }

    IEnumerable<object?> Nodes { get; }

    PageInfo PageInfo { get; }

    int TotalCount { get; }
}

/// <summary>What the edge graph types read.</summary>
public interface IEdge
{
    string Cursor { get; }

    object? Node { get; }
}
