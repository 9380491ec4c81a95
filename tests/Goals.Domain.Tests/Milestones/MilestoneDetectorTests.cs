using Goals.Domain.Evaluation;
using Goals.Domain.Milestones;
using NodaTime;
using static Goals.Domain.Tests.Scenario;

namespace Goals.Domain.Tests.Milestones;

public sealed class MilestoneDetectorTests
{
    private static GoalEvaluation HabitDone(LocalDate today, params LocalDate[] dates) => Evaluate(Habit(), Done(dates), today);

    [Fact]
    public void Reaching_three_days_earns_the_first_streak_milestone_keyed_by_its_run()
    {
        var before = HabitDone(Mar(3), Mar(2), Mar(3));
        var after = HabitDone(Mar(4), Mar(2), Mar(3), Mar(4));

        var earned = MilestoneDetector.Detect(Habit(), before, after);

        var milestone = Assert.Single(earned);
        Assert.Equal(new Milestone(MilestoneKind.Streak, 3, Mar(2)), milestone);
        Assert.Equal("streak:3:2026-03-02", milestone.Key);
    }

    [Fact]
    public void Recomputing_the_same_state_earns_nothing_again()
    {
        var state = HabitDone(Mar(4), Mar(2), Mar(3), Mar(4));

        Assert.Empty(MilestoneDetector.Detect(Habit(), state, state));
    }

    [Fact]
    public void A_first_evaluation_earns_every_threshold_already_passed()
    {
        var after = Evaluate(Habit(), DoneEveryDay(Mar(2), Mar(8)), Mar(8));

        var earned = MilestoneDetector.Detect(Habit(), null, after);

        Assert.Equal(["streak:3:2026-03-02", "streak:7:2026-03-02"], earned.Select(m => m.Key));
    }

    [Fact]
    public void A_new_run_earns_its_milestones_again_under_its_own_key()
    {
        var before = Evaluate(Habit(), DoneEveryDay(Mar(2), Mar(8)), Mar(8));
        var after = Evaluate(Habit(), [.. DoneEveryDay(Mar(2), Mar(8)), .. DoneEveryDay(Mar(10), Mar(12))], Mar(12));

        var earned = MilestoneDetector.Detect(Habit(), before, after);

        Assert.Equal(["streak:3:2026-03-10"], earned.Select(m => m.Key));
    }

    [Fact]
    public void A_backdated_log_that_joins_an_older_run_only_earns_newly_crossed_thresholds()
    {
        var before = HabitDone(Mar(12), Mar(2), Mar(3), Mar(4), Mar(5), Mar(8), Mar(9), Mar(10), Mar(11), Mar(12));
        var after = Evaluate(Habit(), DoneEveryDay(Mar(2), Mar(12)), Mar(12));

        var earned = MilestoneDetector.Detect(Habit(), before, after);

        Assert.Equal(["streak:7:2026-03-02"], earned.Select(m => m.Key));
    }

    [Fact]
    public void Cumulative_goals_earn_percentages_and_completion_once()
    {
        var goal = Cumulative(10, Mar(1), new LocalDate(2026, 6, 30));
        var at20 = Evaluate(goal, [Amount(Mar(2), 2)], Mar(3));
        var at55 = Evaluate(goal, [Amount(Mar(2), 2), Amount(Mar(3), 3.5)], Mar(3));
        var at100 = Evaluate(goal, [Amount(Mar(2), 2), Amount(Mar(3), 8)], Mar(3));

        Assert.Equal(["cumulative:25:2026-03-01", "cumulative:50:2026-03-01"], MilestoneDetector.Detect(goal, at20, at55).Select(m => m.Key));
        Assert.Equal(
            ["cumulative:75:2026-03-01", "cumulative:100:2026-03-01", "completed:100:2026-03-01"],
            MilestoneDetector.Detect(goal, at55, at100).Select(m => m.Key));
        Assert.Empty(MilestoneDetector.Detect(goal, at100, at100));
    }

    [Fact]
    public void Weekly_streaks_earn_milestones_in_weeks()
    {
        var goal = Frequency(1);
        var before = Evaluate(goal, Done(Mar(2), Mar(9)), Mar(16));
        var after = Evaluate(goal, Done(Mar(2), Mar(9), Mar(16)), Mar(16));

        Assert.Equal(["streak:3:2026-03-02"], MilestoneDetector.Detect(goal, before, after).Select(m => m.Key));
    }
}
