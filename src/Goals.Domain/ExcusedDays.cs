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
