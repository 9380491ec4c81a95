using Goals.Domain.Evaluation;
using NodaTime;
using static Goals.Domain.Tests.Scenario;

namespace Goals.Domain.Tests.Evaluation;

public sealed class FrequencyEvaluationTests
{
    private static readonly GoalDefinition ThreeTimesAWeek = Frequency(3);

    [Fact]
    public void A_week_with_three_active_days_succeeds_and_is_met_once_reached()
    {
        var result = Evaluate(ThreeTimesAWeek, Done(Mar(2), Mar(4), Mar(6)), today: Mar(6));

        Assert.Equal(ProgressState.Met, result.Progress.State);
        Assert.Equal((3.0, 3.0, 1.0, 0.0), (result.Progress.Current, result.Progress.Target, result.Progress.Fraction, result.Progress.Remaining));
        Assert.Equal(new Streak(1, 1, GoalPeriod.Week, Mar(2), AtRisk: false), result.Streak);
    }

    [Fact]
    public void Several_activities_on_one_day_count_as_one_day()
    {
        var days = new List<DayTotal> { new(Mar(2), 3, 3), new(Mar(3), 1, 1) };

        var result = Evaluate(ThreeTimesAWeek, days, today: Mar(3));

        Assert.Equal(2.0, result.Progress.Current);
    }

    [Fact]
    public void A_day_below_the_minimum_amount_does_not_count()
    {
        var thirtyMinutes = Frequency(3, minAmount: 30);
        var days = new List<DayTotal> { Amount(Mar(2), 30), Amount(Mar(3), 20), Amount(Mar(4), 45) };

        var result = Evaluate(thirtyMinutes, days, today: Mar(4));

        Assert.Equal(2.0, result.Progress.Current);
    }

    [Fact]
    public void Early_in_the_week_with_enough_days_left_is_on_track()
    {
        var result = Evaluate(ThreeTimesAWeek, Done(Mar(16)), today: Mar(17));

        Assert.Equal(ProgressState.OnTrack, result.Progress.State);
        Assert.Equal(2.0, result.Progress.Remaining);
    }

    [Fact]
    public void Needing_every_remaining_day_is_at_risk()
    {
        var result = Evaluate(ThreeTimesAWeek, [], today: Mar(20));

        Assert.Equal(ProgressState.AtRisk, result.Progress.State);
    }

    [Fact]
    public void Needing_more_days_than_remain_is_missed()
    {
        var result = Evaluate(ThreeTimesAWeek, [], today: Mar(21));

        Assert.Equal(ProgressState.Missed, result.Progress.State);
    }

    [Fact]
    public void A_week_that_cannot_fail_is_on_track_rather_than_missed()
    {
        var startsSaturday = Evaluate(Frequency(3, start: Mar(21)), [], today: Mar(21));
        var pausedMidweek = Evaluate(ThreeTimesAWeek, [], today: Mar(21), excused: Pause(Mar(17), Mar(18)));

        Assert.Equal(ProgressState.OnTrack, startsSaturday.Progress.State);
        Assert.Equal(ProgressState.OnTrack, pausedMidweek.Progress.State);
    }

    [Fact]
    public void A_day_already_counted_today_cannot_count_again()
    {
        // Saturday done, one more needed, and only Sunday can still add one.
        var result = Evaluate(ThreeTimesAWeek, Done(Mar(16), Mar(21)), today: Mar(21));

        Assert.Equal(ProgressState.AtRisk, result.Progress.State);
    }

    [Fact]
    public void A_closed_week_short_of_its_target_breaks_the_streak()
    {
        var days = Done(Mar(2), Mar(4), Mar(6), Mar(9), Mar(10), Mar(16), Mar(17), Mar(18));

        var result = Evaluate(ThreeTimesAWeek, days, today: Mar(18));

        Assert.Equal(new Streak(1, 1, GoalPeriod.Week, Mar(16), AtRisk: false), result.Streak);
    }

    [Fact]
    public void A_week_shortened_by_a_pause_that_falls_short_is_neutral()
    {
        var days = Done(Mar(2), Mar(4), Mar(6), Mar(14), Mar(16), Mar(17), Mar(18));

        var result = Evaluate(ThreeTimesAWeek, days, today: Mar(18), excused: Pause(Mar(9), Mar(13)));

        Assert.Equal(new Streak(2, 2, GoalPeriod.Week, Mar(2), AtRisk: false), result.Streak);
    }

    [Fact]
    public void A_first_week_cut_short_by_the_start_date_is_neutral_unless_it_succeeds()
    {
        var startsSaturday = Frequency(2, start: Mar(7));

        var failed = Evaluate(startsSaturday, Done(Mar(7), Mar(9), Mar(10)), today: Mar(10));
        var succeeded = Evaluate(startsSaturday, Done(Mar(7), Mar(8), Mar(9), Mar(10)), today: Mar(10));

        Assert.Equal(new Streak(1, 1, GoalPeriod.Week, Mar(9), AtRisk: false), failed.Streak);
        Assert.Equal(1.0, failed.Progress.CompletionRate30d);
        Assert.Equal(new Streak(2, 2, GoalPeriod.Week, Mar(7), AtRisk: false), succeeded.Streak);
    }

    [Fact]
    public void A_monthly_frequency_above_the_month_length_asks_for_every_day_of_a_short_february()
    {
        var goal = Frequency(30, GoalPeriod.Month, start: new LocalDate(2028, 2, 1));
        var days = DoneEveryDay(new LocalDate(2028, 2, 1), new LocalDate(2028, 2, 29));

        var result = Evaluate(goal, days, today: new LocalDate(2028, 2, 29));

        Assert.Equal(29.0, result.Progress.Target);
        Assert.Equal(ProgressState.Met, result.Progress.State);
        Assert.Equal(new Streak(1, 1, GoalPeriod.Month, new LocalDate(2028, 2, 1), AtRisk: false), result.Streak);
    }

    [Theory]
    [InlineData(IsoDayOfWeek.Monday, 16, 22)]
    [InlineData(IsoDayOfWeek.Tuesday, 17, 23)]
    [InlineData(IsoDayOfWeek.Wednesday, 18, 24)]
    [InlineData(IsoDayOfWeek.Thursday, 12, 18)]
    [InlineData(IsoDayOfWeek.Friday, 13, 19)]
    [InlineData(IsoDayOfWeek.Saturday, 14, 20)]
    [InlineData(IsoDayOfWeek.Sunday, 15, 21)]
    public void The_open_week_follows_the_users_week_start(IsoDayOfWeek weekStart, int first, int last)
    {
        var settings = UserSettings.Default with { WeekStart = weekStart };
        var days = Done(Mar(12), Mar(14), Mar(16), Mar(18));

        var result = Evaluate(ThreeTimesAWeek, days, today: Mar(18), settings: settings);

        Assert.Equal((Mar(first), Mar(last)), (result.Progress.PeriodStart, result.Progress.PeriodEnd));
        var expectedCount = days.Count(day => day.Date >= Mar(first) && day.Date <= Mar(18));
        Assert.Equal(expectedCount, result.Progress.Current);
    }
}
