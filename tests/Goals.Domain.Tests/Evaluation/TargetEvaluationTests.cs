using Goals.Domain.Evaluation;
using NodaTime;
using static Goals.Domain.Tests.Scenario;

namespace Goals.Domain.Tests.Evaluation;

public sealed class TargetEvaluationTests
{
    private static readonly GoalDefinition EightGlassesDaily = Target(8, GoalPeriod.Day);
    private static readonly GoalDefinition TwentyKmAWeek = Target(20, GoalPeriod.Week);

    [Fact]
    public void A_daily_target_succeeds_on_days_whose_sum_reaches_it()
    {
        var days = new List<DayTotal> { Amount(Mar(2), 8), Amount(Mar(3), 5), Amount(Mar(4), 8.5), Amount(Mar(5), 3) };

        var result = Evaluate(EightGlassesDaily, days, today: Mar(5));

        Assert.Equal(new Streak(1, 1, GoalPeriod.Day, Mar(4), AtRisk: true), result.Streak);
        var progress = result.Progress;
        Assert.Equal((3.0, 8.0, 0.375, 5.0), (progress.Current, progress.Target, progress.Fraction, progress.Remaining));
        Assert.Equal(ProgressState.AtRisk, progress.State);
    }

    [Fact]
    public void A_daily_target_reached_today_is_met()
    {
        var days = new List<DayTotal> { Amount(Mar(4), 8), Amount(Mar(5), 10) };

        var result = Evaluate(EightGlassesDaily, days, today: Mar(5), settings: null);

        Assert.Equal(ProgressState.Met, result.Progress.State);
        Assert.Equal((10.0, 1.25, 0.0), (result.Progress.Current, result.Progress.Fraction, result.Progress.Remaining));
        Assert.Equal(2, result.Streak.Current);
    }

    [Fact]
    public void A_daily_target_without_a_streak_and_not_yet_reached_is_on_track()
    {
        var result = Evaluate(EightGlassesDaily, [Amount(Mar(5), 6)], today: Mar(5));

        Assert.Equal(ProgressState.OnTrack, result.Progress.State);
        Assert.Equal(new Streak(0, 0, GoalPeriod.Day, null, AtRisk: false), result.Streak);
        Assert.Equal((6.0, 0.75, 2.0), (result.Progress.Current, result.Progress.Fraction, result.Progress.Remaining));
    }

    [Fact]
    public void A_daily_target_only_counts_due_days()
    {
        var weekdays = Target(20, GoalPeriod.Day, Monday, IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday);
        var days = new List<DayTotal> { Amount(Mar(6), 20), Amount(Mar(9), 20) };

        var result = Evaluate(weekdays, days, today: Mar(9));

        Assert.Equal(new Streak(2, 2, GoalPeriod.Day, Mar(6), AtRisk: false), result.Streak);
    }

    [Fact]
    public void A_weekly_target_is_judged_on_the_week_sum()
    {
        var days = new List<DayTotal>
        {
            Amount(Mar(2), 5), Amount(Mar(4), 10), Amount(Mar(8), 6), // week 1: 21 km
            Amount(Mar(10), 10), // week 2: 10 km
            Amount(Mar(16), 12), // week 3, open
        };

        var result = Evaluate(TwentyKmAWeek, days, today: Mar(18));

        Assert.Equal(new Streak(0, 1, GoalPeriod.Week, null, AtRisk: false), result.Streak);
        var progress = result.Progress;
        Assert.Equal((Mar(16), Mar(22)), (progress.PeriodStart, progress.PeriodEnd));
        Assert.Equal((12.0, 20.0, 0.6, 8.0), (progress.Current, progress.Target, progress.Fraction, progress.Remaining));
        Assert.Equal(ProgressState.OnTrack, progress.State);
    }

    [Fact]
    public void A_weekly_target_not_met_on_the_last_day_of_the_week_is_at_risk()
    {
        var days = new List<DayTotal> { Amount(Mar(2), 25), Amount(Mar(9), 12) };

        var result = Evaluate(TwentyKmAWeek, days, today: Mar(15));

        Assert.Equal(ProgressState.AtRisk, result.Progress.State);
        Assert.Equal(new Streak(1, 1, GoalPeriod.Week, Mar(2), AtRisk: true), result.Streak);
    }

    [Fact]
    public void A_weekly_target_reached_mid_week_is_met_and_counts_at_once()
    {
        var days = new List<DayTotal> { Amount(Mar(2), 25), Amount(Mar(9), 12), Amount(Mar(11), 8) };

        var result = Evaluate(TwentyKmAWeek, days, today: Mar(11));

        Assert.Equal(ProgressState.Met, result.Progress.State);
        Assert.Equal(new Streak(2, 2, GoalPeriod.Week, Mar(2), AtRisk: false), result.Streak);
    }

    [Fact]
    public void A_monthly_target_uses_calendar_months()
    {
        var goal = Target(100, GoalPeriod.Month, new LocalDate(2028, 1, 1));
        var days = new List<DayTotal> { Amount(new LocalDate(2028, 1, 31), 100), Amount(new LocalDate(2028, 2, 29), 60) };

        var result = Evaluate(goal, days, today: new LocalDate(2028, 2, 29));

        Assert.Equal((new LocalDate(2028, 2, 1), new LocalDate(2028, 2, 29)), (result.Progress.PeriodStart, result.Progress.PeriodEnd));
        Assert.Equal(ProgressState.AtRisk, result.Progress.State);
        Assert.Equal(new Streak(1, 1, GoalPeriod.Month, new LocalDate(2028, 1, 1), AtRisk: true), result.Streak);
    }
}
