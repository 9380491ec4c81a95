using NodaTime;

namespace Goals.Domain.History;

/// <summary>One day of a goal's history; mirrors the API's <c>DailySnapshot</c>.</summary>
/// <param name="Value">The progress <c>current</c> as of that day (period-to-date for WEEK/MONTH goals).</param>
/// <param name="Met">
/// Whether the day's unit had succeeded (true) or failed (false) by the day's close; null when undecided then:
/// not due, excused, or a period still open and not yet met.
/// </param>
/// <param name="Streak">The current streak at the day's close (for today: now).</param>
public sealed record DailySnapshot(LocalDate Date, double Value, double Target, bool? Met, bool Excused, int Streak);
