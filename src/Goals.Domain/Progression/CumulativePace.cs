using Goals.Domain.Evaluation;
using NodaTime;

namespace Goals.Domain.Progression;

/// <summary>
/// Beeminder's "red line" for CUMULATIVE goals: where the total should be by now, how many idle days the user can
/// afford, and when the recent rate would finish the goal.
/// </summary>
internal static class CumulativePace
{
    private const int RateWindowDays = 14;

    public static double Total(Timeline timeline)
    {
        var total = 0.0;
        for (var offset = 0; offset < timeline.Length; offset++)
        {
            total += timeline.Amount[offset];
        }

        return total;
    }

    /// <summary>Elapsed days (start through asOf, both included) and total days (start through deadline).</summary>
    /// <remarks>After the deadline the line stays at the target, so elapsed days stop at the total.</remarks>
    public static (int Elapsed, int Total) Days(Timeline timeline, LocalDate deadline)
    {
        var total = Period.DaysBetween(timeline.Origin, deadline) + 1;
        return (Math.Min(timeline.Length, total), total);
    }

    public static double Expected(double target, int elapsedDays, int totalDays) =>
        target * elapsedDays / totalDays;

    public static int SafetyBufferDays(double current, double target, int elapsedDays, int totalDays) =>
        (int)Math.Floor((current * totalDays / target) + 1e-9) - elapsedDays;

    /// <summary>asOf + ceil(remaining / rate), rate being the mean of the last 14 days (fewer for a young goal).</summary>
    public static LocalDate? ProjectedCompletion(Timeline timeline, double remaining)
    {
        var days = Math.Min(RateWindowDays, timeline.Length);
        var recent = 0.0;
        for (var offset = timeline.Length - days; offset < timeline.Length; offset++)
        {
            recent += timeline.Amount[offset];
        }

        if (recent <= 0)
        {
            return null;
        }

        // remaining / (recent / days), rearranged so that exact quotients are not pushed up by rounding.
        var daysNeeded = (int)Math.Ceiling((remaining * days / recent) - 1e-9);
        return timeline.AsOf.PlusDays(Math.Max(0, daysNeeded));
    }
}
