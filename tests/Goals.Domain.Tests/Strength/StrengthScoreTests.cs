using Goals.Domain.Strength;
using static Goals.Domain.Tests.Scenario;

namespace Goals.Domain.Tests.Strength;

public sealed class StrengthScoreTests
{
    [Fact]
    public void Thirty_perfect_days_of_a_daily_habit_reach_about_80()
    {
        var strength = Evaluate(Habit(), DoneEveryDay(Mar(2), Mar(31)), today: Mar(31)).Progress.Strength;

        // 100 × (1 − 0.5^(30/13)): each perfect day closes 1 − m of the gap, m = 0.5^(1/13) = 0.948078
        Assert.Equal(79.8017, strength, 0.01);
        Assert.InRange(strength, 79, 81);
    }

    [Fact]
    public void Ten_perfect_days_give_41_33()
    {
        var strength = Evaluate(Habit(), DoneEveryDay(Mar(2), Mar(11)), today: Mar(11)).Progress.Strength;

        Assert.Equal(41.3270, strength, 0.01);
    }

    [Fact]
    public void A_missed_closed_day_decays_the_score()
    {
        // done, done, missed, and today still open: ((1 − m) × m + (1 − m)) × m = 0.095897
        var strength = Evaluate(Habit(), Done(Mar(2), Mar(3)), today: Mar(5)).Progress.Strength;

        Assert.Equal(9.5897, strength, 0.01);
    }

    [Fact]
    public void Today_not_yet_done_does_not_lower_the_score()
    {
        var throughYesterday = Evaluate(Habit(), DoneEveryDay(Mar(2), Mar(11)), today: Mar(11)).Progress.Strength;
        var withOpenToday = Evaluate(Habit(), DoneEveryDay(Mar(2), Mar(11)), today: Mar(12)).Progress.Strength;

        Assert.Equal(throughYesterday, withOpenToday);
    }

    [Fact]
    public void Excused_days_freeze_the_score()
    {
        var tenDays = Evaluate(Habit(), DoneEveryDay(Mar(2), Mar(11)), today: Mar(11)).Progress.Strength;
        var tenDaysThenAPause = Evaluate(Habit(), DoneEveryDay(Mar(2), Mar(11)), today: Mar(20), excused: Pause(Mar(12), Mar(20))).Progress.Strength;

        Assert.Equal(tenDays, tenDaysThenAPause);
    }

    [Fact]
    public void Three_times_a_week_done_on_schedule_for_four_weeks_scores_59_58()
    {
        // f = 3/7, m = 0.5^(√(3/7) / 13) = 0.965697; v = min(1, rolling 7-day count / 3), day by day (script in docs)
        var days = Done(Mar(2), Mar(4), Mar(6), Mar(9), Mar(11), Mar(13), Mar(16), Mar(18), Mar(20), Mar(23), Mar(25), Mar(27));

        var strength = Evaluate(Frequency(3), days, today: Mar(29)).Progress.Strength;

        Assert.Equal(59.5830, strength, 0.01);
    }

    [Fact]
    public void A_limit_kept_scores_like_a_perfect_habit_and_a_doubled_cap_scores_nothing()
    {
        var kept = Evaluate(Limit(2, GoalPeriod.Day), [], today: Mar(31)).Progress.Strength;
        var doubled = Evaluate(Limit(2, GoalPeriod.Day), DoneEveryDay(Mar(2), Mar(30), amount: 4), today: Mar(30)).Progress.Strength;

        Assert.Equal(79.8017, kept, 0.01);
        Assert.Equal(0.0, doubled);
    }

    [Fact]
    public void A_daily_target_half_done_every_day_tends_to_50()
    {
        var strength = Evaluate(Target(8, GoalPeriod.Day), DoneEveryDay(Mar(2), Mar(31), amount: 4), today: Mar(31)).Progress.Strength;

        Assert.Equal(79.8017 / 2, strength, 0.01);
    }

    [Fact]
    public void The_multiplier_of_a_daily_goal_halves_the_gap_in_13_days()
    {
        Assert.Equal(0.5, Math.Pow(StrengthScore.Multiplier(1), 13), 12);
    }
}
