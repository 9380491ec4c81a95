using Goals.Domain.Evaluation;
using NodaTime;
using static Goals.Domain.Tests.Scenario;

namespace Goals.Domain.Tests.Evaluation;

public sealed class LimitEvaluationTests
{
    private static readonly GoalDefinition TwoCoffeesADay = Limit(2, GoalPeriod.Day);

    [Fact]
    public void Closed_days_within_the_cap_succeed_even_without_activity()
    {
        var days = new List<DayTotal> { Amount(Mar(2), 1), Amount(Mar(4), 2), Amount(Mar(5), 1) };

        var result = Evaluate(TwoCoffeesADay, days, today: Mar(5));

        Assert.Equal(new Streak(3, 3, GoalPeriod.Day, Mar(2), AtRisk: false), result.Streak);
        var progress = result.Progress;
        Assert.Equal((1.0, 2.0, 0.5, 1.0), (progress.Current, progress.Target, progress.Fraction, progress.Remaining));
        Assert.Equal(ProgressState.OnTrack, progress.State);
    }

    [Fact]
    public void A_breach_today_zeroes_the_current_streak_at_once_and_is_exceeded()
    {
        var days = new List<DayTotal> { Amount(Mar(2), 1), Amount(Mar(5), 3) };

        var result = Evaluate(TwoCoffeesADay, days, today: Mar(5));

        Assert.Equal(new Streak(0, 3, GoalPeriod.Day, null, AtRisk: false), result.Streak);
        Assert.Equal(ProgressState.Exceeded, result.Progress.State);
        Assert.Equal((3.0, 1.5, 0.0), (result.Progress.Current, result.Progress.Fraction, result.Progress.Remaining));
    }

    [Fact]
    public void Reaching_the_cap_today_puts_the_streak_at_risk()
    {
        var result = Evaluate(TwoCoffeesADay, [Amount(Mar(5), 2)], today: Mar(5));

        Assert.Equal(new Streak(3, 3, GoalPeriod.Day, Mar(2), AtRisk: true), result.Streak);
        Assert.Equal(ProgressState.OnTrack, result.Progress.State);
    }

    [Fact]
    public void A_closed_day_over_the_cap_breaks_the_streak()
    {
        var days = new List<DayTotal> { Amount(Mar(3), 2.5), Amount(Mar(4), 0) };

        var result = Evaluate(TwoCoffeesADay, days, today: Mar(6));

        Assert.Equal(new Streak(2, 2, GoalPeriod.Day, Mar(4), AtRisk: false), result.Streak);
    }

    [Fact]
    public void A_weekly_cap_counts_the_open_week_only_once_it_closes()
    {
        var screenTime = Limit(10, GoalPeriod.Week);
        var days = new List<DayTotal> { Amount(Mar(3), 4), Amount(Mar(6), 5), Amount(Mar(10), 4) };

        var result = Evaluate(screenTime, days, today: Mar(11));

        Assert.Equal(new Streak(1, 1, GoalPeriod.Week, Mar(2), AtRisk: false), result.Streak);
        Assert.Equal((Mar(9), Mar(15)), (result.Progress.PeriodStart, result.Progress.PeriodEnd));
        Assert.Equal((4.0, 6.0), (result.Progress.Current, result.Progress.Remaining));
        Assert.Equal(ProgressState.OnTrack, result.Progress.State);
    }

    [Fact]
    public void A_weekly_cap_exceeded_mid_week_is_exceeded_and_breaks_the_streak_now()
    {
        var screenTime = Limit(10, GoalPeriod.Week);
        var days = new List<DayTotal> { Amount(Mar(3), 4), Amount(Mar(10), 8), Amount(Mar(11), 2.5) };

        var result = Evaluate(screenTime, days, today: Mar(11));

        Assert.Equal(new Streak(0, 1, GoalPeriod.Week, null, AtRisk: false), result.Streak);
        Assert.Equal(ProgressState.Exceeded, result.Progress.State);
    }

    [Fact]
    public void Amounts_logged_on_excused_days_do_not_count_against_the_cap()
    {
        var result = Evaluate(TwoCoffeesADay, [Amount(Mar(3), 5)], today: Mar(4), excused: Skips(Mar(3)));

        Assert.Equal(new Streak(1, 1, GoalPeriod.Day, Mar(2), AtRisk: false), result.Streak);
    }
}
