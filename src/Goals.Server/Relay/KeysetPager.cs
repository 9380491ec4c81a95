namespace Goals.Server.Relay;

/// <summary>
/// Keyset paging over items already in memory, ordered by (sort key, id). Stores that page in the database do the
/// same with <see cref="KeysetCursor.Decode{TSort}"/> and <see cref="Connection.FromWindow{TNode}"/>.
/// </summary>
public static class KeysetPager
{
    public static Connection<T> Page<T, TSort>(
        IReadOnlyList<T> ordered, Func<T, TSort> sortKey, Func<T, string> id, PageRequest request)
    {
        ArgumentNullException.ThrowIfNull(ordered);
        ArgumentNullException.ThrowIfNull(sortKey);
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(request);
        var comparer = Comparer<(TSort, string)>.Create((a, b) =>
        {
            var bySort = Comparer<TSort>.Default.Compare(a.Item1, b.Item1);
            return bySort != 0 ? bySort : string.CompareOrdinal(a.Item2, b.Item2);
        });

        IEnumerable<T> candidates = request.IsForward ? ordered : ordered.Reverse();
        var hasItemsBeforeCursor = false;
        if (request.Cursor is not null)
        {
            var cursor = KeysetCursor.Decode<TSort>(request.Cursor);
            var direction = request.IsForward ? 1 : -1;
            bool PastCursor(T item) => direction * comparer.Compare((sortKey(item), id(item)), cursor) > 0;
            hasItemsBeforeCursor = candidates.Any(item => !PastCursor(item));
            candidates = candidates.Where(PastCursor);
        }

        var window = candidates.Take(request.Size + 1).ToList();
        return Connection.FromWindow(window, request, item => KeysetCursor.Encode(sortKey(item), id(item)),
            hasItemsBeforeCursor, ordered.Count);
    }
}
