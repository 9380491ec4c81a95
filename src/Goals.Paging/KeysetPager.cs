namespace Goals.Paging;

/// <summary>
/// Relay-style paging over a keyset source: fetches one row more than asked to learn whether more follow, and probes
/// the other side of the cursor for the opposite flag, so both flags are exact.
/// </summary>
public static class KeysetPager
{
    public static async Task<Page<T>> PageAsync<T>(
        KeysetOrder order, PageRequest request, IKeysetSource<T> source, Func<T, IReadOnlyList<object>> keyValues,
        CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(request.Size);
        var after = request.After is null ? null : CursorCodec.Decode(order, request.After);
        var before = request.Before is null ? null : CursorCodec.Decode(order, request.Before);
        List<KeysetBound> bounds = [];
        if (after is not null)
        {
            bounds.Add(new KeysetBound(after, Later: true, Inclusive: false));
        }

        if (before is not null)
        {
            bounds.Add(new KeysetBound(before, Later: false, Inclusive: false));
        }

        var rows = await source.FetchAsync(new KeysetScan(bounds, request.FromEnd, request.Size + 1), cancellationToken);
        var more = rows.Count > request.Size;
        var taken = rows.Take(request.Size).ToList();
        bool hasNext, hasPrevious;
        if (request.FromEnd)
        {
            taken.Reverse();
            hasPrevious = more;
            hasNext = before is not null && await AnyAsync(source, before, later: true, cancellationToken);
        }
        else
        {
            hasNext = more;
            hasPrevious = after is not null && await AnyAsync(source, after, later: false, cancellationToken);
        }

        var total = await source.CountAsync(cancellationToken);
        var edges = taken.Select(row => new Edge<T>(CursorCodec.Encode(order, keyValues(row)), row)).ToList();
        return new Page<T>(edges, hasNext, hasPrevious, total);
    }

    private static async Task<bool> AnyAsync<T>(
        IKeysetSource<T> source, IReadOnlyList<object> cursor, bool later, CancellationToken cancellationToken)
    {
        var bound = new KeysetBound(cursor, later, Inclusive: true);
        var rows = await source.FetchAsync(new KeysetScan([bound], Reverse: !later, Limit: 1), cancellationToken);
        return rows.Count > 0;
    }
}
