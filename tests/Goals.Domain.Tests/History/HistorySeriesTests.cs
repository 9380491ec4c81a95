using Goals.Domain.History;
using NodaTime;
using static Goals.Domain.Tests.Scenario;

namespace Goals.Domain.Tests.History;

public sealed class HistorySeriesTests
{
    [Fact]
    public void A_habit_history_shows_each_day_as_it_closed_and_today_as_it_stands()
    {
        var series = HistoryOf(Habit(), Done(Mar(2), Mar(3), Mar(5)), today: Mar(6), from: Mar(1), to: Mar(6));

        Assert.Equal(
            [
                new DailySnapshot(Mar(2), 1, 1, true, false, 1),
                new DailySnapshot(Mar(3), 1, 1, true, false, 2),
                new DailySnapshot(Mar(4), 0, 1, false, false, 0),
                new DailySnapshot(Mar(5), 1, 1, true, false, 1),
                new DailySnapshot(Mar(6), 0, 1, null, false, 1),
            ],
            series);
    }

    [Fact]
    public void Excused_and_non_due_days_are_undecided()
    {
        var weekdays = Habit(Monday, IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday);

        var series = HistoryOf(weekdays, Done(Mar(5), Mar(6), Mar(9)), today: Mar(9), from: Mar(4), to: Mar(9), excused: Skips(Mar(4)));

        Assert.Equal([null, true, true, null, null, true], series.Select(day => day.Met));
        Assert.Equal([true, false, false, false, false, false], series.Select(day => day.Excused));
        Assert.Equal([0, 1, 2, 2, 2, 3], series.Select(day => day.Streak));
    }

    [Fact]
    public void A_weekly_history_shows_period_to_date_progress_and_decides_the_week_when_met_or_closed()
    {
        var series = HistoryOf(Frequency(2), Done(Mar(3), Mar(5), Mar(10)), today: Mar(16), from: Mar(2), to: Mar(16));

        Assert.Equal([0, 1, 1, 2, 2, 2, 2, 0, 1, 1, 1, 1, 1, 1, 0], series.Select(day => day.Value));
        Assert.Equal(
            [null, null, null, true, true, true, true, null, null, null, null, null, null, false, null],
            series.Select(day => day.Met));
        Assert.Equal([0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0], series.Select(day => day.Streak));
    }

    [Fact]
    public void A_limit_history_marks_a_breach_at_once()
    {
        var series = HistoryOf(Limit(2, GoalPeriod.Day), [Amount(Mar(3), 3), Amount(Mar(4), 1), Amount(Mar(5), 5)], today: Mar(5), from: Mar(2), to: Mar(5));

        Assert.Equal([true, false, true, false], series.Select(day => day.Met));
        Assert.Equal([1, 0, 1, 0], series.Select(day => day.Streak));
        Assert.Equal([0, 3, 1, 5], series.Select(day => day.Value));
    }

    [Fact]
    public void A_cumulative_history_shows_the_running_total()
    {
        var goal = Cumulative(5, Mar(2), null);

        var series = HistoryOf(goal, [Amount(Mar(2), 2), Amount(Mar(4), 3)], today: Mar(5), from: Mar(2), to: Mar(5));

        Assert.Equal([2, 2, 5, 5], series.Select(day => day.Value));
        Assert.Equal([false, false, true, true], series.Select(day => day.Met));
        Assert.Equal([1, 0, 1, 1], series.Select(day => day.Streak));
    }

    [Fact]
    public void The_range_is_clamped_to_the_start_date_and_today_and_an_empty_range_is_empty()
    {
        var series = HistoryOf(Habit(), [], today: Mar(4), from: new LocalDate(1, 1, 1), to: Mar(20));

        Assert.Equal([Mar(2), Mar(3), Mar(4)], series.Select(day => day.Date));
        Assert.Empty(HistoryOf(Habit(), [], today: Mar(4), from: Mar(5), to: Mar(20)));
    }

    [Fact]
    public void The_last_day_of_the_history_agrees_with_the_streak()
    {
        var days = Done(Mar(2), Mar(3), Mar(5), Mar(6));

        var series = HistoryOf(Habit(), days, today: Mar(7), from: Mar(2), to: Mar(7));

        Assert.Equal(Evaluate(Habit(), days, today: Mar(7)).Streak.Current, series[^1].Streak);
    }

    public static TheoryData<string> Patterns => ["habit", "frequency", "target", "limit", "cumulative"];

    [Theory]
    [MemberData(nameof(Patterns))]
    public void A_range_ending_before_today_shows_its_last_day_as_it_closed(string pattern)
    {
        var goal = pattern switch
        {
            "habit" => Habit(),
            "frequency" => Frequency(2),
            "target" => Target(2, GoalPeriod.Day),
            "limit" => Limit(2, GoalPeriod.Day),
            _ => Cumulative(20, Mar(2), Mar(31)),
        };
        List<DayTotal> days = [Amount(Mar(3), 3), Amount(Mar(4), 1), Amount(Mar(6), 2), Amount(Mar(9), 1)];

        var whole = HistoryOf(goal, days, today: Mar(12), from: Mar(2), to: Mar(12));

        for (var to = Mar(2); to < Mar(12); to = to.PlusDays(1))
        {
            var end = to;
            Assert.Equal(whole.Where(day => day.Date <= end), HistoryOf(goal, days, today: Mar(12), from: Mar(2), to: end));
        }
    }

    [Fact]
    public void A_limit_day_under_its_cap_counts_as_met_once_a_range_ends_on_it_in_the_past()
    {
        var series = HistoryOf(Limit(2, GoalPeriod.Day), [Amount(Mar(3), 1)], today: Mar(5), from: Mar(3), to: Mar(3));

        Assert.Equal([new DailySnapshot(Mar(3), 1, 2, true, false, 2)], series);
    }
}
