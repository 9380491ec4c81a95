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
}
