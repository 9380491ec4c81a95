using Goals.Domain.Calendar;
using NodaTime;

namespace Goals.Domain.Tests.Calendar;

public sealed class PeriodCalendarTests
{
    [Theory]
    [InlineData(IsoDayOfWeek.Monday, 3, 2)]
    [InlineData(IsoDayOfWeek.Tuesday, 3, 3)]
    [InlineData(IsoDayOfWeek.Wednesday, 3, 4)]
    [InlineData(IsoDayOfWeek.Thursday, 2, 26)]
    [InlineData(IsoDayOfWeek.Friday, 2, 27)]
    [InlineData(IsoDayOfWeek.Saturday, 2, 28)]
    [InlineData(IsoDayOfWeek.Sunday, 3, 1)]
    public void A_week_starts_on_the_users_week_start(IsoDayOfWeek weekStart, int month, int day)
    {
        var wednesday = new LocalDate(2026, 3, 4);

        var week = PeriodCalendar.PeriodContaining(wednesday, GoalPeriod.Week, weekStart);

        Assert.Equal(new LocalDate(2026, month, day), week.Start);
        Assert.Equal(new LocalDate(2026, month, day).PlusDays(6), week.End);
        Assert.Equal(weekStart, week.Start.DayOfWeek);
    }

    [Theory]
    [InlineData(2028, 2, 15, 29)]
    [InlineData(2026, 2, 10, 28)]
    [InlineData(2100, 2, 1, 28)]
    [InlineData(2000, 2, 29, 29)]
    [InlineData(2026, 4, 30, 30)]
    [InlineData(2026, 12, 31, 31)]
    public void A_month_runs_from_its_first_to_its_last_day(int year, int month, int day, int length)
    {
        var period = PeriodCalendar.PeriodContaining(new LocalDate(year, month, day), GoalPeriod.Month, IsoDayOfWeek.Monday);

        Assert.Equal(new LocalDate(year, month, 1), period.Start);
        Assert.Equal(new LocalDate(year, month, length), period.End);
        Assert.Equal(length, period.Length);
    }

    [Fact]
    public void A_day_period_is_the_date_itself()
    {
        var date = new LocalDate(2028, 2, 29);

        Assert.Equal(new DateInterval(date, date), PeriodCalendar.PeriodContaining(date, GoalPeriod.Day, IsoDayOfWeek.Sunday));
    }

    [Fact]
    public void The_period_holding_today_is_open_and_earlier_ones_are_closed()
    {
        var today = new LocalDate(2026, 3, 4);
        var thisWeek = PeriodCalendar.WeekContaining(today, IsoDayOfWeek.Monday);
        var lastWeek = PeriodCalendar.WeekContaining(today.PlusDays(-7), IsoDayOfWeek.Monday);

        Assert.True(PeriodCalendar.IsOpen(thisWeek, today));
        Assert.False(PeriodCalendar.IsClosed(thisWeek, today));
        Assert.False(PeriodCalendar.IsOpen(lastWeek, today));
        Assert.True(PeriodCalendar.IsClosed(lastWeek, today));
    }

    [Theory]
    [InlineData(GoalPeriod.Day, 1)]
    [InlineData(GoalPeriod.Week, 7)]
    [InlineData(GoalPeriod.Month, 31)]
    public void The_longest_period_bounds_frequency_targets(GoalPeriod period, int days)
    {
        Assert.Equal(days, PeriodCalendar.MaxDaysIn(period));
    }
}
