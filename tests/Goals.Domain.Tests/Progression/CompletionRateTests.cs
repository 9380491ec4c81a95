using static Goals.Domain.Tests.Scenario;

namespace Goals.Domain.Tests.Progression;

public sealed class CompletionRateTests
{
    private static List<DayTotal> EveryDayBut(params int[] missedDaysOfMarch) =>
        [.. DoneEveryDay(Mar(2), Mar(31)).Where(day => !missedDaysOfMarch.Contains(day.Date.Day))];

    [Fact]
    public void Rates_count_closed_due_days_up_to_yesterday_plus_today_once_done()
    {
        var progress = Evaluate(Habit(), EveryDayBut(10, 26), today: Mar(31)).Progress;

        // 7d: Mar 24–30 has 6 of 7, plus today → 7/8; 30d: Mar 2–30 has 27 of 29, plus today → 28/30
        Assert.Equal(7.0 / 8, progress.CompletionRate7d);
        Assert.Equal(28.0 / 30, progress.CompletionRate30d);
    }

    [Fact]
    public void Today_still_open_is_left_out()
    {
        var progress = Evaluate(Habit(), EveryDayBut(10, 26, 31), today: Mar(31)).Progress;

        Assert.Equal(6.0 / 7, progress.CompletionRate7d);
        Assert.Equal(27.0 / 29, progress.CompletionRate30d);
    }

    [Fact]
    public void Excused_days_are_left_out()
    {
        var progress = Evaluate(Habit(), EveryDayBut(25, 26, 31), today: Mar(31), excused: Skips(Mar(25))).Progress;

        Assert.Equal(5.0 / 6, progress.CompletionRate7d);
    }

    [Fact]
    public void Rates_are_null_when_nothing_was_due_yet()
    {
        var progress = Evaluate(Habit(Mar(31)), [], today: Mar(31)).Progress;

        Assert.Null(progress.CompletionRate7d);
        Assert.Null(progress.CompletionRate30d);
    }

    [Fact]
    public void Weekly_rates_count_the_weeks_that_ended_in_the_window()
    {
        // Weeks end Mar 8 (met), 15 (missed), 22 (met); today is Wed Mar 25 with the open week already met.
        var days = Done(Mar(2), Mar(3), Mar(4), Mar(9), Mar(16), Mar(17), Mar(18), Mar(23), Mar(24), Mar(25));

        var progress = Evaluate(Frequency(3), days, today: Mar(25)).Progress;

        Assert.Equal(1.0, progress.CompletionRate7d);
        Assert.Equal(3.0 / 4, progress.CompletionRate30d);
    }

    [Fact]
    public void A_limit_counts_closed_days_kept_and_never_the_open_day()
    {
        var progress = Evaluate(Limit(2, GoalPeriod.Day), [Amount(Mar(5), 3), Amount(Mar(9), 1)], today: Mar(9)).Progress;

        // Mar 2–8 closed: six kept, Mar 5 over the cap; today (Mar 9) is within the cap but still open
        Assert.Equal(6.0 / 7, progress.CompletionRate7d);
        Assert.Equal(6.0 / 7, progress.CompletionRate30d);
    }
}
