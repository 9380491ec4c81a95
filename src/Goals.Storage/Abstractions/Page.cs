namespace Goals.Storage.Abstractions;

/// <summary>
/// A keyset page request: forward (<c>first</c>/<c>after</c>) or backward (<c>last</c>/<c>before</c>); both cursors
/// may bound the same request.
/// </summary>
public sealed record PageRequest(int Size, string? After = null, string? Before = null, bool FromEnd = false)
{
    public static PageRequest First(int size, string? after = null) => new(size, after);

    public static PageRequest Last(int size, string? before = null) => new(size, null, before, FromEnd: true);
}

public sealed record Edge<T>(string Cursor, T Node);

public sealed record Page<T>(IReadOnlyList<Edge<T>> Edges, bool HasNextPage, bool HasPreviousPage, int TotalCount)
{
    public string? StartCursor => Edges.Count == 0 ? null : Edges[0].Cursor;

    public string? EndCursor => Edges.Count == 0 ? null : Edges[^1].Cursor;

    public IEnumerable<T> Nodes => Edges.Select(edge => edge.Node);
}

/// <summary>A cursor that is malformed or was produced by a different sort order.</summary>
public sealed class InvalidCursorException(string message) : ArgumentException(message);
