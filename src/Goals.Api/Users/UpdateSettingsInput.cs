using Goals.Api.GraphQL.Enums;
using Goals.Api.GraphQL.Scalars;
using GraphQL.Types;
using NodaTime;

namespace Goals.Api.Users;

public sealed record UpdateSettingsInput(string? TimeZone, LocalTime? DayStartsAt, IsoDayOfWeek? WeekStart)
{
    public SettingsChange ToChange() => new(TimeZone, DayStartsAt, WeekStart);
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
    }
}
