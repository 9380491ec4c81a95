using NodaTime;

namespace Goals.Domain;

/// <summary>A user's calendar: the zone, when their day starts, and which day starts their week.</summary>
public sealed record UserSettings(DateTimeZone TimeZone, LocalTime DayStartsAt, IsoDayOfWeek WeekStart)
{
    public static UserSettings Default { get; } = new(DateTimeZone.Utc, LocalTime.Midnight, IsoDayOfWeek.Monday);
}
