using Goals.Api.Common;
using NodaTime;

namespace Goals.Api.Users;

/// <summary>
/// A partial settings update: a null calendar setting stays as it is. The reminder hour carries whether it was given,
/// because an explicit null turns the reminder off while an omitted one keeps the current choice.
/// </summary>
public sealed record SettingsChange(
    string? TimeZone, LocalTime? DayStartsAt, IsoDayOfWeek? WeekStart, Optional<int?> StreakReminderHour = default)
{
    public bool ChangesCalendar => TimeZone is not null || DayStartsAt is not null || WeekStart is not null;
}
