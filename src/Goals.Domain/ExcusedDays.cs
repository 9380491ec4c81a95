using NodaTime;

namespace Goals.Domain;

/// <summary>Days that neither count nor break anything: explicit skips and pause windows (inclusive).</summary>
public sealed class ExcusedDays(IEnumerable<LocalDate> skips, IEnumerable<DateInterval> pauses)
{
    private readonly HashSet<LocalDate> _skips = [.. skips];
    private readonly DateInterval[] _pauses = [.. pauses];

    public static ExcusedDays None { get; } = new([], []);

    public bool Contains(LocalDate date) =>
        _skips.Contains(date) || Array.Exists(_pauses, pause => pause.Contains(date));

    /// <summary>
    /// The excused days from <paramref name="from"/> through <paramref name="to"/> as sorted, merged ranges: one
    /// answer for one set of days, however the skips and pauses that make it up are written.
    /// </summary>
    internal List<DateInterval> RangesWithin(LocalDate from, LocalDate to)
    {
        var clipped = _skips.Where(skip => skip >= from && skip <= to).Select(skip => new DateInterval(skip, skip))
            .Concat(_pauses.Where(pause => pause.End >= from && pause.Start <= to)
                .Select(pause => new DateInterval(LocalDate.Max(pause.Start, from), LocalDate.Min(pause.End, to))))
            .OrderBy(range => range.Start);
        var merged = new List<DateInterval>();
        foreach (var range in clipped)
        {
            if (merged.Count > 0 && range.Start <= merged[^1].End.PlusDays(1))
            {
                merged[^1] = new DateInterval(merged[^1].Start, LocalDate.Max(merged[^1].End, range.End));
            }
            else
            {
                merged.Add(range);
            }
        }

        return merged;
    }

    /// <summary>Sets <c>flags[i]</c> for every excused day <c>origin + i</c>; linear in skips and paused days.</summary>
    internal void Mark(LocalDate origin, Span<bool> flags)
    {
        foreach (var skip in _skips)
        {
            var offset = Period.DaysBetween(origin, skip);
            if (offset >= 0 && offset < flags.Length)
            {
                flags[offset] = true;
            }
        }

        foreach (var pause in _pauses)
        {
            var from = Math.Max(0, Period.DaysBetween(origin, pause.Start));
            var to = Math.Min(flags.Length - 1, Period.DaysBetween(origin, pause.End));
            for (var offset = from; offset <= to; offset++)
            {
                flags[offset] = true;
            }
        }
    }
}
