using Goals.Domain.Evaluation;
using Goals.Domain.Validation;
using NodaTime;

namespace Goals.Domain.Progression;

/// <summary>
/// Beeminder's "red line" for CUMULATIVE goals: where the total should be by now, how many idle days the user can
/// afford, and when the recent rate would finish the goal.
/// </summary>
internal static class CumulativePace
{
    private const int RateWindowDays = 14;

    /// <summary>
    /// The amounts of the days <paramref name="from"/> up to (not including) <paramref name="end"/>, added in date order
    /// onto <paramref name="before"/> (the total of the earlier days): a resumed sum repeats a whole sum's additions
    /// bit for bit.
    /// </summary>
    public static double Total(Timeline timeline, int from, int end, double before)
    {
        var total = before;
        for (var offset = from; offset < end; offset++)
        {
            total += timeline.Amount[offset];
        }

        return total;
    }

    /// <summary>Elapsed days (start through asOf, both included) and total days (start through deadline).</summary>
    /// <remarks>After the deadline the line stays at the target, so elapsed days stop at the total.</remarks>
    public static (int Elapsed, int Total) Days(Timeline timeline, LocalDate deadline)
    {
        var total = Period.DaysBetween(timeline.Goal.StartDate, deadline) + 1;
        return (Math.Min(timeline.DaysSinceStart, total), total);
    }

    public static double Expected(double target, int elapsedDays, int totalDays) =>
        target * elapsedDays / totalDays;

    /// <remarks>A tiny target can put the line billions of days ahead: the figure saturates at the range of an Int.</remarks>
    public static int SafetyBufferDays(double current, double target, int elapsedDays, int totalDays)
    {
        var buffer = Math.Floor((current * totalDays / target) + 1e-9) - elapsedDays;
        return (int)Math.Clamp(buffer, int.MinValue, int.MaxValue);
    }

    /// <summary>
    /// asOf + ceil(remaining / rate), rate being the mean of the last 14 days (fewer for a young goal); null when the
    /// rate is 0 or when that date lies after the supported calendar (<see cref="DomainLimits.MaxDate"/>): a million
    /// pages at a page a day is no projection.
    /// </summary>
    public static LocalDate? ProjectedCompletion(Timeline timeline, double remaining)
    {
        // A resumed timeline always holds these days: its origin lies 30 days or more before the evaluation date.
        var days = Math.Min(RateWindowDays, timeline.DaysSinceStart);
        var recent = 0.0;
        for (var offset = timeline.Length - days; offset < timeline.Length; offset++)
        {
            recent += timeline.Amount[offset];
        }

        if (recent <= 0)
        {
            return null;
        }

        // remaining / (recent / days), rearranged so that exact quotients are not pushed up by rounding; in doubles, so
        // that a far-off date is compared with the calendar's end instead of overflowing the day count.
        var daysNeeded = Math.Max(0, Math.Ceiling((remaining * days / recent) - 1e-9));
        return daysNeeded <= Period.DaysBetween(timeline.AsOf, DomainLimits.MaxDate)
            ? timeline.AsOf.PlusDays((int)daysNeeded)
            : null;
    }
}
