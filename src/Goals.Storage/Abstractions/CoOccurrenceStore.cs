namespace Goals.Storage.Abstractions;

/// <summary>
/// How many users keep both <see cref="Item"/> and <see cref="Other"/> (an item with itself: how many keep it).
/// Items are opaque keys (e.g. "Health/Target"); a pair is stored once, with <see cref="Item"/> ordinally first.
/// </summary>
public sealed record CoOccurrence(string Item, string Other, int Users);

/// <summary>
/// Aggregated, anonymous counts of which goal kinds users keep together. Nothing here names a user: the counts are
/// rebuilt whole from everyone's goals and replace the previous set.
/// </summary>
public interface ICoOccurrenceStore
{
    /// <summary>Replaces every stored count with <paramref name="counts"/>.</summary>
    Task ReplaceAsync(IReadOnlyCollection<CoOccurrence> counts, CancellationToken cancellationToken);

    /// <summary>Every stored count, in (item, other) order.</summary>
    Task<IReadOnlyList<CoOccurrence>> ReadAllAsync(CancellationToken cancellationToken);
}
