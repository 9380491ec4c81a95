namespace Goals.Paging;

/// <summary>
/// How a key value is typed: whole numbers and instants travel as 64-bit integers (instants as Unix milliseconds, BSON
/// dates in MongoDB), fractional numbers as doubles.
/// </summary>
public enum KeyKind { Number, Instant, Text, Fraction }

/// <summary>A sort key; <see cref="Name"/> is both the SQLite column and the MongoDB field (ids map to <c>_id</c>).</summary>
public sealed record SortKey(string Name, bool Descending, KeyKind Kind);

/// <summary>
/// A total order over rows: the last key must be unique (the id). <see cref="Signature"/> is written into cursors so
/// a cursor from one order is refused by another.
/// </summary>
public sealed record KeysetOrder(string Signature, IReadOnlyList<SortKey> Keys);

/// <summary>Rows strictly (or, when inclusive, also exactly) after or before a cursor position in the order.</summary>
public sealed record KeysetBound(IReadOnlyList<object> Values, bool Later, bool Inclusive)
{
    /// <summary>True when rows must compare greater than the bound's values on key <paramref name="key"/>.</summary>
    public bool WantsGreater(SortKey key) => Later != key.Descending;
}

/// <summary>One query: rows inside all bounds, in the order (or its reverse), at most <see cref="Limit"/> of them.</summary>
public sealed record KeysetScan(IReadOnlyList<KeysetBound> Bounds, bool Reverse, int Limit);

/// <summary>What an adapter provides for one filtered row set; the pager does the rest.</summary>
public interface IKeysetSource<T>
{
    Task<IReadOnlyList<T>> FetchAsync(KeysetScan scan, CancellationToken cancellationToken);

    Task<int> CountAsync(CancellationToken cancellationToken);
}
