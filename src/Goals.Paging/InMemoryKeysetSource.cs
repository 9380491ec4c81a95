namespace Goals.Paging;

/// <summary>
/// A keyset source over rows already in memory (small fixed lists): the same bounds and order a database applies,
/// so an in-memory list pages, and its cursors read, exactly like a stored one.
/// </summary>
public sealed class InMemoryKeysetSource<T> : IKeysetSource<T>
{
    private readonly KeysetOrder _order;
    private readonly Func<T, IReadOnlyList<object>> _keyValues;
    private readonly List<T> _ordered;

    public InMemoryKeysetSource(IEnumerable<T> rows, KeysetOrder order, Func<T, IReadOnlyList<object>> keyValues)
    {
        ArgumentNullException.ThrowIfNull(rows);
        _order = order ?? throw new ArgumentNullException(nameof(order));
        _keyValues = keyValues ?? throw new ArgumentNullException(nameof(keyValues));
        _ordered = [.. rows];
        _ordered.Sort((a, b) => Compare(_keyValues(a), _keyValues(b)));
    }

    public Task<IReadOnlyList<T>> FetchAsync(KeysetScan scan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scan);
        IEnumerable<T> rows = scan.Reverse ? Enumerable.Reverse(_ordered) : _ordered;
        IReadOnlyList<T> window = [.. rows.Where(row => scan.Bounds.All(bound => Inside(row, bound))).Take(scan.Limit)];
        return Task.FromResult(window);
    }

    public Task<int> CountAsync(CancellationToken cancellationToken) => Task.FromResult(_ordered.Count);

    private bool Inside(T row, KeysetBound bound)
    {
        var comparison = Compare(_keyValues(row), bound.Values);
        return bound.Later
            ? comparison > 0 || (bound.Inclusive && comparison == 0)
            : comparison < 0 || (bound.Inclusive && comparison == 0);
    }

    /// <summary>Position of <paramref name="left"/> against <paramref name="right"/> in the order, directions applied.</summary>
    private int Compare(IReadOnlyList<object> left, IReadOnlyList<object> right)
    {
        for (var i = 0; i < _order.Keys.Count; i++)
        {
            var key = _order.Keys[i];
            var comparison = key.Kind switch
            {
                KeyKind.Text => string.CompareOrdinal((string)left[i], (string)right[i]),
                KeyKind.Fraction => ((double)left[i]).CompareTo((double)right[i]),
                _ => ((long)left[i]).CompareTo((long)right[i]),
            };
            if (comparison != 0)
            {
                return key.Descending ? -comparison : comparison;
            }
        }

        return 0;
    }
}
