using Goals.Domain.Evaluation;
using NodaTime;
using static Goals.Domain.Tests.Scenario;

namespace Goals.Domain.Tests.Evaluation;

public sealed class HabitEvaluationTests
{
    [Fact]
    public void A_habit_done_today_is_met_and_extends_the_streak()
    {
        var result = Evaluate(Habit(), Done(Mar(2), Mar(3), Mar(4)), today: Mar(4));

        Assert.Equal(new Streak(3, 3, GoalPeriod.Day, Mar(2), AtRisk: false), result.Streak);
        var progress = result.Progress;
        Assert.Equal((Mar(4), Mar(4), Mar(4)), (progress.AsOf, progress.PeriodStart, progress.PeriodEnd));
        Assert.Equal((1.0, 1.0, 1.0, 0.0), (progress.Current, progress.Target, progress.Fraction, progress.Remaining));
        Assert.Equal(ProgressState.Met, progress.State);
        Assert.Null(progress.Expected);
        Assert.Null(progress.SafetyBufferDays);
        Assert.Null(progress.ProjectedCompletion);
        Assert.False(result.TargetReached);
    }

    [Fact]
    public void A_habit_not_yet_done_today_keeps_its_streak_at_risk()
    {
        var result = Evaluate(Habit(), Done(Mar(2), Mar(3)), today: Mar(4));

        Assert.Equal(new Streak(2, 2, GoalPeriod.Day, Mar(2), AtRisk: true), result.Streak);
        Assert.Equal(ProgressState.AtRisk, result.Progress.State);
        Assert.Equal((0.0, 0.0, 1.0), (result.Progress.Current, result.Progress.Fraction, result.Progress.Remaining));
    }

    [Fact]
    public void A_habit_without_a_streak_not_yet_done_today_is_on_track()
    {
        var result = Evaluate(Habit(), [], today: Mar(4));

        Assert.Equal(new Streak(0, 0, GoalPeriod.Day, null, AtRisk: false), result.Streak);
        Assert.Equal(ProgressState.OnTrack, result.Progress.State);
    }

    [Fact]
    public void A_habit_on_a_day_off_its_schedule_is_on_track_and_counts_what_was_done()
    {
        var weekdays = Habit(Monday, IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday);

        var saturday = Evaluate(weekdays, Done(Mar(2), Mar(3), Mar(4), Mar(5), Mar(6), Mar(7)), today: Mar(7));

        Assert.Equal(new Streak(5, 5, GoalPeriod.Day, Mar(2), AtRisk: false), saturday.Streak);
        Assert.Equal(ProgressState.OnTrack, saturday.Progress.State);
        Assert.Equal(1.0, saturday.Progress.Current);
    }

    [Fact]
    public void A_habit_goal_that_starts_tomorrow_has_nothing_yet()
    {
        var result = Evaluate(Habit(Mar(5)), [], today: Mar(4));

        Assert.Equal(new Streak(0, 0, GoalPeriod.Day, null, AtRisk: false), result.Streak);
        Assert.Equal(ProgressState.OnTrack, result.Progress.State);
        Assert.Equal(0.0, result.Progress.Strength);
        Assert.Null(result.Progress.CompletionRate7d);
    }

    [Fact]
    public void Evaluating_as_of_an_earlier_date_ignores_later_activity()
    {
        var result = Evaluate(Habit(), Done(Mar(2), Mar(3), Mar(4), Mar(5)), today: Mar(6), asOf: Mar(3));

        Assert.Equal(Mar(3), result.Progress.AsOf);
        Assert.Equal(new Streak(2, 2, GoalPeriod.Day, Mar(2), AtRisk: false), result.Streak);
        Assert.Equal(ProgressState.Met, result.Progress.State);
    }

    [Fact]
    public void An_as_of_date_after_today_is_clamped_to_today()
    {
        var result = Evaluate(Habit(), Done(Mar(2)), today: Mar(2), asOf: Mar(20));

        Assert.Equal(Mar(2), result.Progress.AsOf);
        Assert.Equal(1, result.Streak.Current);
    }

    [Fact]
    public void Day_totals_for_the_same_date_add_up_and_their_order_does_not_matter()
    {
        var days = new List<DayTotal> { Amount(Mar(4), 0.7), Amount(Mar(2), 8), Amount(Mar(4), 0.1), Amount(Mar(3), 8) };

        var result = Evaluate(Target(0.8, GoalPeriod.Day), days, today: Mar(4));

        Assert.Equal(ProgressState.Met, result.Progress.State);
        Assert.Equal(3, result.Streak.Current);
        Assert.Equal(0.8, result.Progress.Current, 12);
    }
}
