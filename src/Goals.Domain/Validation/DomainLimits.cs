using NodaTime;

namespace Goals.Domain.Validation;

/// <summary>
/// The input ranges of domain.md and docs/api.md, in one place: every date a client sends lies in the supported
/// calendar, every number within its bounds, every text within its length. The engine is total on these ranges; the
/// per-user counts are defaults the host may configure.
/// </summary>
public static class DomainLimits
{
    public const int MaxTitleLength = 120;
    public const int MaxUnitLength = 32;
    public const int MaxDescriptionLength = 2000;
    public const double MaxTarget = 1e9;
    public const double MaxAmount = 1e9;

    /// <summary>The smallest target, minimum amount and non-zero amount: a millionth of a unit.</summary>
    public const double MinPositiveValue = 1e-6;

    public const int DefaultMaxActiveGoalsPerUser = 100;
    public const int MaxActivitiesPerBulkCall = 500;

    /// <summary>The first date of the supported calendar; no date input may lie before it.</summary>
    public static LocalDate MinDate { get; } = new(1900, 1, 1);

    /// <summary>The last date of the supported calendar; no date input may lie after it.</summary>
    public static LocalDate MaxDate { get; } = new(2200, 12, 31);

    /// <summary>The first instant whose UTC date is <see cref="MinDate"/>.</summary>
    public static Instant MinInstant { get; } = Instant.FromUtc(1900, 1, 1, 0, 0);

    /// <summary>The last instant whose UTC date is <see cref="MaxDate"/>.</summary>
    public static Instant MaxInstant { get; } = Instant.FromUtc(2201, 1, 1, 0, 0) - Duration.Epsilon;

    public static bool IsSupported(LocalDate date) => date >= MinDate && date <= MaxDate;

    /// <summary>
    /// An instant whose UTC date lies in the supported calendar: in any zone and with any day start its local date is
    /// at most one day outside it, far from the ends of what the calendar library can represent.
    /// </summary>
    public static bool IsSupported(Instant instant) => instant >= MinInstant && instant <= MaxInstant;

    /// <summary>A target, minimum amount or non-zero amount: finite, at least a millionth, at most 1e9.</summary>
    public static bool IsSupportedValue(double value, double max) =>
        double.IsFinite(value) && value >= MinPositiveValue && value <= max;

    /// <summary>The message every out-of-range date names its field with.</summary>
    public static string DateRangeMessage(string what) =>
        $"{what} must be between {MinDate:yyyy-MM-dd} and {MaxDate:yyyy-MM-dd}.";
}
