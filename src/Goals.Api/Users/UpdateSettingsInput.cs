using Goals.Api.Common;
using Goals.Api.GraphQL.Enums;
using Goals.Api.GraphQL.Scalars;
using GraphQL.Types;
using NodaTime;

namespace Goals.Api.Users;

public sealed record UpdateSettingsInput(
    string? TimeZone, LocalTime? DayStartsAt, IsoDayOfWeek? WeekStart, Optional<int?> StreakReminderHour)
{
    public SettingsChange ToChange() => new(TimeZone, DayStartsAt, WeekStart, StreakReminderHour);
}

public sealed class UpdateSettingsInputType : InputObjectGraphType<UpdateSettingsInput>
{
    public UpdateSettingsInputType()
    {
        Name = "UpdateSettingsInput";
        Description = "Settings to change; omitted ones stay as they are.";
        Field<StringGraphType>("timeZone").Description("An IANA time zone id.");
        Field<LocalTimeGraphType>("dayStartsAt").Description("00:00 to 11:59.");
        Field<DayOfWeekGraphType>("weekStart");
        Field<IntGraphType>(UserType.StreakReminderHourField)
            .Description("0 to 23: the local hour of the STREAK_AT_RISK reminder. An explicit null turns it off; omitted keeps the current choice.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new UpdateSettingsInput(
            value.TryGetValue("timeZone", out var zone) ? (string?)zone : null,
            value.TryGetValue("dayStartsAt", out var start) ? (LocalTime?)start : null,
            value.TryGetValue("weekStart", out var week) ? (IsoDayOfWeek?)week : null,
            value.TryGetValue(UserType.StreakReminderHourField, out var hour) ? new(true, (int?)hour) : default);
    }
}
