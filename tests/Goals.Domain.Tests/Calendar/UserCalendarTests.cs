using Goals.Domain.Calendar;
using NodaTime;
using NodaTime.Text;

namespace Goals.Domain.Tests.Calendar;

public sealed class UserCalendarTests
{
    private static readonly IDateTimeZoneProvider Tzdb = DateTimeZoneProviders.Tzdb;

    private static UserSettings In(string zone, int hour = 0, int minute = 0) =>
        new(Tzdb[zone], new LocalTime(hour, minute), IsoDayOfWeek.Monday);

    private static Instant At(string iso) => InstantPattern.ExtendedIso.Parse(iso).Value;

    [Theory]
    [InlineData("2026-03-03T01:30:00Z", 2)]
    [InlineData("2026-03-03T03:59:59Z", 2)]
    [InlineData("2026-03-03T04:00:00Z", 3)]
    [InlineData("2026-03-02T23:00:00Z", 2)]
    public void A_day_starting_at_four_counts_earlier_hours_for_the_day_before(string instant, int expectedDay)
    {
        Assert.Equal(new LocalDate(2026, 3, expectedDay), In("UTC", 4).LocalDateOf(At(instant)));
    }

    [Theory]
    [InlineData("Europe/Berlin", "2026-03-03T00:30:00Z", 2)]
    [InlineData("Europe/Berlin", "2026-03-03T03:00:00Z", 3)]
    [InlineData("America/New_York", "2026-03-03T06:30:00Z", 2)]
    [InlineData("America/New_York", "2026-03-03T09:00:00Z", 3)]
    public void A_local_01_30_log_counts_for_the_day_before_when_days_start_at_four(string zone, string instant, int expectedDay)
    {
        Assert.Equal(new LocalDate(2026, 3, expectedDay), In(zone, 4).LocalDateOf(At(instant)));
    }

    [Fact]
    public void The_same_instant_is_three_different_dates_in_Kiritimati_UTC_and_Pago_Pago()
    {
        var instant = At("2026-11-24T10:30:00Z");

        Assert.Equal(new LocalDate(2026, 11, 25), In("Pacific/Kiritimati").LocalDateOf(instant));
        Assert.Equal(new LocalDate(2026, 11, 24), In("UTC").LocalDateOf(instant));
        Assert.Equal(new LocalDate(2026, 11, 23), In("Pacific/Pago_Pago").LocalDateOf(instant));
    }

    [Fact]
    public void Kiritimati_days_start_at_ten_UTC_and_Pago_Pago_days_at_eleven_UTC()
    {
        var date = new LocalDate(2026, 11, 24);

        Assert.Equal(At("2026-11-23T10:00:00Z"), In("Pacific/Kiritimati").StartOfDay(date));
        Assert.Equal(At("2026-11-24T11:00:00Z"), In("Pacific/Pago_Pago").StartOfDay(date));
    }

    [Theory]
    [InlineData("America/New_York", 2026, 3, 8, 23)]
    [InlineData("America/New_York", 2026, 11, 1, 25)]
    [InlineData("Europe/Berlin", 2026, 3, 29, 23)]
    [InlineData("Europe/Berlin", 2026, 10, 25, 25)]
    public void A_dst_day_is_one_day_of_23_or_25_hours(string zone, int year, int month, int day, int hours)
    {
        var settings = In(zone);
        var date = new LocalDate(year, month, day);

        var length = settings.StartOfDay(date.PlusDays(1)) - settings.StartOfDay(date);

        Assert.Equal(Duration.FromHours(hours), length);
    }

    [Fact]
    public void A_day_start_inside_the_new_york_spring_gap_begins_when_the_gap_ends()
    {
        var settings = In("America/New_York", 2, 30);

        Assert.Equal(At("2026-03-08T07:00:00Z"), settings.StartOfDay(new LocalDate(2026, 3, 8)));
        Assert.Equal(new LocalDate(2026, 3, 7), settings.LocalDateOf(At("2026-03-08T06:59:59Z")));
        Assert.Equal(new LocalDate(2026, 3, 8), settings.LocalDateOf(At("2026-03-08T07:00:00Z")));
    }

    [Fact]
    public void A_repeated_new_york_wall_time_does_not_take_the_date_back()
    {
        // 01:30 EDT (05:30Z) starts Nov 1; at 06:00Z the wall clock reads 01:00 EST again, still Nov 1.
        var settings = In("America/New_York", 1, 30);

        Assert.Equal(new LocalDate(2026, 10, 31), settings.LocalDateOf(At("2026-11-01T05:29:59Z")));
        Assert.Equal(new LocalDate(2026, 11, 1), settings.LocalDateOf(At("2026-11-01T05:30:00Z")));
        Assert.Equal(new LocalDate(2026, 11, 1), settings.LocalDateOf(At("2026-11-01T06:00:00Z")));
        Assert.Equal(new LocalDate(2026, 11, 1), settings.LocalDateOf(At("2026-11-01T06:45:00Z")));
    }

    [Fact]
    public void A_repeated_berlin_wall_time_does_not_take_the_date_back()
    {
        // 02:30 CEST (00:30Z) starts Oct 25; 02:10 CET (01:10Z) is after it, though its wall time is earlier.
        var settings = In("Europe/Berlin", 2, 30);

        Assert.Equal(new LocalDate(2026, 10, 24), settings.LocalDateOf(At("2026-10-25T00:29:00Z")));
        Assert.Equal(new LocalDate(2026, 10, 25), settings.LocalDateOf(At("2026-10-25T01:10:00Z")));
        Assert.Equal(At("2026-10-25T00:30:00Z"), settings.StartOfDay(new LocalDate(2026, 10, 25)));
        Assert.Equal(At("2026-03-29T01:00:00Z"), settings.StartOfDay(new LocalDate(2026, 3, 29)));
    }

    [Theory]
    [InlineData("America/New_York", 0, 0)]
    [InlineData("America/New_York", 1, 30)]
    [InlineData("America/New_York", 2, 30)]
    [InlineData("Europe/Berlin", 2, 30)]
    [InlineData("Europe/Berlin", 4, 0)]
    [InlineData("Pacific/Kiritimati", 0, 0)]
    [InlineData("Pacific/Pago_Pago", 11, 59)]
    public void Walking_a_year_in_quarter_hours_visits_every_date_once_and_in_order(string zone, int hour, int minute)
    {
        var settings = In(zone, hour, minute);
        var instant = At("2026-01-01T00:00:00Z");
        var previous = settings.LocalDateOf(instant);
        var visited = 1;
        for (var step = 0; step < 366 * 96; step++)
        {
            instant += Duration.FromMinutes(15);
            var date = settings.LocalDateOf(instant);
            Assert.True(date == previous || date == previous.PlusDays(1), $"{instant}: {previous} then {date}");
            visited += date == previous ? 0 : 1;
            previous = date;
        }

        Assert.Equal(367, visited);
    }

    [Fact]
    public void Today_is_the_local_date_of_the_given_instant()
    {
        Assert.Equal(new LocalDate(2026, 11, 24), In("Europe/Berlin").Today(At("2026-11-24T22:59:00Z")));
        Assert.Equal(new LocalDate(2026, 11, 25), In("Europe/Berlin").Today(At("2026-11-24T23:00:00Z")));
    }
}
