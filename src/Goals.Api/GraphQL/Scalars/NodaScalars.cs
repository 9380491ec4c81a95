using Goals.Domain.Calendar;
using NodaTime;
using NodaTime.Text;

namespace Goals.Api.GraphQL.Scalars;

/// <summary>An instant, written in UTC with a <c>Z</c>; any ISO-8601 offset is accepted on input.</summary>
public sealed class InstantGraphType() : IsoScalarGraphType<Instant>(
    "DateTime",
    "An ISO-8601 instant with offset, e.g. 2026-11-24T08:30:00Z.",
    "2026-11-24T08:30:00Z",
    InstantPattern.ExtendedIso.Format,
    text => OffsetDateTimePattern.ExtendedIso.Parse(text).Convert(value => value.ToInstant()));

/// <summary>A calendar date in the user's own calendar, e.g. 2026-11-24.</summary>
public sealed class LocalDateGraphType() : IsoScalarGraphType<LocalDate>(
    "LocalDate",
    "An ISO-8601 calendar date, e.g. 2026-11-24. Date inputs lie between 1900-01-01 and 2200-12-31.",
    "2026-11-24",
    IsoDateText.Format,
    LocalDatePattern.Iso.Parse);

/// <summary>A wall-clock time, e.g. 04:00; seconds are accepted and written back only when not zero.</summary>
public sealed class LocalTimeGraphType() : IsoScalarGraphType<LocalTime>(
    "LocalTime",
    "An ISO-8601 local time, e.g. 04:00.",
    "04:00",
    FormatLocalTime,
    LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse,
    LocalTimePattern.ExtendedIso.Parse)
{
    private static readonly LocalTimePattern HoursMinutes = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    private static string FormatLocalTime(LocalTime time) =>
        time.Second == 0 && time.NanosecondOfSecond == 0 ? HoursMinutes.Format(time) : LocalTimePattern.ExtendedIso.Format(time);
}
