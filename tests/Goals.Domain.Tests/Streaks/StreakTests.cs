using Goals.Domain.Evaluation;
using NodaTime;
using static Goals.Domain.Tests.Scenario;

namespace Goals.Domain.Tests.Streaks;

public sealed class StreakTests
{
    private static readonly IsoDayOfWeek[] Weekdays =
        [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday];

    [Fact]
    public void Non_due_days_neither_add_nor_break()
    {
        var days = Done(Mar(2), Mar(3), Mar(4), Mar(5), Mar(6), Mar(9));

        var streak = Evaluate(Habit(Monday, Weekdays), days, today: Mar(9)).Streak;

        Assert.Equal(new Streak(6, 6, GoalPeriod.Day, Mar(2), AtRisk: false), streak);
    }

    [Fact]
    public void A_skipped_day_is_neutral()
    {
        var streak = Evaluate(Habit(), Done(Mar(2), Mar(3), Mar(5)), today: Mar(5), excused: Skips(Mar(4))).Streak;

        Assert.Equal(new Streak(3, 3, GoalPeriod.Day, Mar(2), AtRisk: false), streak);
    }

    [Fact]
    public void Activity_on_a_skipped_day_does_not_count()
    {
        var streak = Evaluate(Habit(), Done(Mar(2), Mar(3)), today: Mar(3), excused: Skips(Mar(3))).Streak;

        Assert.Equal(new Streak(1, 1, GoalPeriod.Day, Mar(2), AtRisk: false), streak);
    }

    [Fact]
    public void A_pause_window_is_neutral_and_today_inside_it_is_not_at_risk()
    {
        var pause = Pause(Mar(4), Mar(10));

        var after = Evaluate(Habit(), Done(Mar(2), Mar(3), Mar(11)), today: Mar(11), excused: pause).Streak;
        var during = Evaluate(Habit(), Done(Mar(2), Mar(3)), today: Mar(6), excused: pause);

        Assert.Equal(new Streak(3, 3, GoalPeriod.Day, Mar(2), AtRisk: false), after);
        Assert.Equal(new Streak(2, 2, GoalPeriod.Day, Mar(2), AtRisk: false), during.Streak);
        Assert.Equal(ProgressState.OnTrack, during.Progress.State);
    }

    [Fact]
    public void A_missed_day_starts_a_new_run()
    {
        var streak = Evaluate(Habit(), Done(Mar(2), Mar(3), Mar(5)), today: Mar(6)).Streak;

        Assert.Equal(new Streak(1, 2, GoalPeriod.Day, Mar(5), AtRisk: true), streak);
    }

    [Fact]
    public void A_backdated_log_joins_two_runs()
    {
        var before = Evaluate(Habit(), Done(Mar(2), Mar(3), Mar(5), Mar(6), Mar(7)), today: Mar(7)).Streak;
        var after = Evaluate(Habit(), Done(Mar(2), Mar(3), Mar(4), Mar(5), Mar(6), Mar(7)), today: Mar(7)).Streak;

        Assert.Equal(new Streak(3, 3, GoalPeriod.Day, Mar(5), AtRisk: false), before);
        Assert.Equal(new Streak(6, 6, GoalPeriod.Day, Mar(2), AtRisk: false), after);
    }

    [Fact]
    public void A_backdated_log_lengthens_the_longest_past_run()
    {
        var before = Evaluate(Habit(), Done(Mar(2), Mar(3), Mar(5), Mar(6), Mar(8)), today: Mar(8)).Streak;
        var after = Evaluate(Habit(), Done(Mar(2), Mar(3), Mar(4), Mar(5), Mar(6), Mar(8)), today: Mar(8)).Streak;

        Assert.Equal((1, 2), (before.Current, before.Longest));
        Assert.Equal((1, 5), (after.Current, after.Longest));
    }

    [Fact]
    public void Deleting_an_activity_shortens_the_longest_run()
    {
        var streak = Evaluate(Habit(), Done(Mar(2), Mar(3), Mar(5), Mar(6), Mar(7), Mar(8)), today: Mar(8)).Streak;

        Assert.Equal(new Streak(4, 4, GoalPeriod.Day, Mar(5), AtRisk: false), streak);
    }
}
