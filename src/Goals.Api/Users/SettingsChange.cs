using NodaTime;

namespace Goals.Api.Users;

/// <summary>A partial settings update: null leaves a setting as it is.</summary>
public sealed record SettingsChange(string? TimeZone, LocalTime? DayStartsAt, IsoDayOfWeek? WeekStart);
