namespace Goals.Paging;

/// <summary>
/// A keyset page request: forward (<c>first</c>/<c>after</c>) or backward (<c>last</c>/<c>before</c>); both cursors
/// may bound the same request.
/// </summary>
public sealed record PageRequest(int Size, string? After = null, string? Before = null, bool FromEnd = false)
{
    public static PageRequest First(int size, string? after = null) => new(size, after);

    public static PageRequest Last(int size, string? before = null) => new(size, null, before, FromEnd: true);
}

/// <summary>An edge: the node and the cursor that pages from it.</summary>
public sealed record Edge<T>(string Cursor, T Node) : IPageEdge
{
    object? IPageEdge.Node => Node;
}

/// <summary>One page of a keyset-paged list, in the list's order whichever way it was read.</summary>
public sealed record Page<T>(IReadOnlyList<Edge<T>> Edges, bool HasNextPage, bool HasPreviousPage, int TotalCount) : IPage
{
    public string? StartCursor => Edges.Count == 0 ? null : Edges[0].Cursor;

    public string? EndCursor => Edges.Count == 0 ? null : Edges[^1].Cursor;

    public IEnumerable<T> Nodes => Edges.Select(edge => edge.Node);

    public PageInfo PageInfo => new(HasNextPage, HasPreviousPage, StartCursor, EndCursor);

    IEnumerable<IPageEdge> IPage.Edges => Edges;

    IEnumerable<object?> IPage.Nodes => Edges.Select(edge => (object?)edge.Node);
}

/// <summary>Relay page information.</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

/// <summary>What a connection graph type reads, whatever the node type.</summary>
public interface IPage
{
    IEnumerable<IPageEdge> Edges { get; }

    IEnumerable<object?> Nodes { get; }

    PageInfo PageInfo { get; }

    int TotalCount { get; }
}

/// <summary>What an edge graph type reads.</summary>
public interface IPageEdge
{
    string Cursor { get; }

    object? Node { get; }
}

/// <summary>A cursor that is malformed or was produced by a different order or filter.</summary>
public sealed class InvalidCursorException(string message) : ArgumentException(message);
