using NodaTime;

namespace Goals.Domain.Calendar;

/// <summary>Period arithmetic on local dates: which period holds a date, and whether it is open or closed.</summary>
public static class PeriodCalendar
{
    /// <summary>The DAY, WEEK (from <paramref name="weekStart"/>) or MONTH that contains <paramref name="date"/>.</summary>
    public static DateInterval PeriodContaining(LocalDate date, GoalPeriod period, IsoDayOfWeek weekStart) => period switch
    {
        GoalPeriod.Day => new DateInterval(date, date),
        GoalPeriod.Week => WeekContaining(date, weekStart),
        GoalPeriod.Month => new DateInterval(date.With(DateAdjusters.StartOfMonth), date.With(DateAdjusters.EndOfMonth)),
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, "Unknown period."),
    };

    public static DateInterval WeekContaining(LocalDate date, IsoDayOfWeek weekStart)
    {
        var start = date.PlusDays(-DaysSinceWeekStart(date.DayOfWeek, weekStart));
        return new DateInterval(start, start.PlusDays(6));
    }

    /// <summary>The period containing today is open; it may still succeed.</summary>
    public static bool IsOpen(DateInterval period, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(period);
        return period.Contains(today);
    }

    /// <summary>Every period that ended before today is closed; its outcome is final.</summary>
    public static bool IsClosed(DateInterval period, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(period);
        return period.End < today;
    }

    /// <summary>The longest a period can be: FREQUENCY targets are validated against it.</summary>
    public static int MaxDaysIn(GoalPeriod period) => period switch
    {
        GoalPeriod.Day => 1,
        GoalPeriod.Week => 7,
        GoalPeriod.Month => 31,
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, "Unknown period."),
    };

    internal static int DaysSinceWeekStart(IsoDayOfWeek day, IsoDayOfWeek weekStart) =>
        ((int)day - (int)weekStart + 7) % 7;
}
