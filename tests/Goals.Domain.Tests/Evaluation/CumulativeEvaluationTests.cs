using Goals.Domain.Evaluation;
using NodaTime;
using static Goals.Domain.Tests.Scenario;

namespace Goals.Domain.Tests.Evaluation;

public sealed class CumulativeEvaluationTests
{
    private static readonly LocalDate NewYear = new(2026, 1, 1);
    private static readonly GoalDefinition TwentyFourBooks = Cumulative(24, NewYear, new LocalDate(2026, 12, 31));

    private static List<DayTotal> SevenBooks() => Done(
        new(2026, 1, 10), new(2026, 1, 25), new(2026, 2, 8), new(2026, 2, 20), Mar(5), Mar(20), Mar(30));

    [Fact]
    public void Ahead_of_the_line_reports_pace_buffer_and_projection()
    {
        var progress = Evaluate(TwentyFourBooks, SevenBooks(), today: Mar(31)).Progress;

        // elapsed = 31 + 28 + 31 = 90 days of totalDays = 365; expected = 24 × 90 / 365 = 5.917808…
        // buffer = floor(7 × 365 / 24) − 90 = floor(106.458…) − 90 = 16
        // last 14 days (Mar 18–31) hold 2 books: rate 2/14, remaining 17 → ceil(17 × 14 / 2) = 119 days → Jul 28
        Assert.Equal((NewYear, new LocalDate(2026, 12, 31)), (progress.PeriodStart, progress.PeriodEnd));
        Assert.Equal((7.0, 24.0, 17.0), (progress.Current, progress.Target, progress.Remaining));
        Assert.Equal(7.0 / 24, progress.Fraction, 12);
        Assert.Equal(5.917808219178082, progress.Expected!.Value, 12);
        Assert.Equal(16, progress.SafetyBufferDays);
        Assert.Equal(new LocalDate(2026, 7, 28), progress.ProjectedCompletion);
        Assert.Equal(ProgressState.Ahead, progress.State);
    }

    [Fact]
    public void Behind_the_line_has_a_negative_buffer()
    {
        var days = SevenBooks().Take(5).ToList();

        var progress = Evaluate(TwentyFourBooks, days, today: Mar(31)).Progress;

        // buffer = floor(5 × 365 / 24) − 90 = floor(76.04…) − 90 = −14; no book in the last 14 days
        Assert.Equal(ProgressState.Behind, progress.State);
        Assert.Equal(-14, progress.SafetyBufferDays);
        Assert.Null(progress.ProjectedCompletion);
    }

    [Fact]
    public void Reaching_the_target_is_met_and_completes_the_goal()
    {
        var days = new List<DayTotal> { Amount(new LocalDate(2026, 2, 1), 20), Amount(Mar(30), 4) };

        var result = Evaluate(TwentyFourBooks, days, today: Mar(31));

        Assert.Equal(ProgressState.Met, result.Progress.State);
        Assert.True(result.TargetReached);
        Assert.Equal((0.0, 1.0), (result.Progress.Remaining, result.Progress.Fraction));
        Assert.Equal(Mar(31), result.Progress.ProjectedCompletion);
    }

    [Fact]
    public void Past_the_deadline_short_of_the_target_is_missed()
    {
        var days = new List<DayTotal> { Amount(new LocalDate(2026, 6, 1), 20) };

        var progress = Evaluate(TwentyFourBooks, days, today: new LocalDate(2027, 1, 5)).Progress;

        // elapsed stops at the 365 total days: expected = 24; buffer = floor(20 × 365 / 24) − 365 = 304 − 365 = −61
        Assert.Equal(ProgressState.Missed, progress.State);
        Assert.Equal(24.0, progress.Expected);
        Assert.Equal(-61, progress.SafetyBufferDays);
    }

    [Fact]
    public void Without_a_deadline_there_is_no_line_and_the_goal_is_on_track()
    {
        var open = Cumulative(500, NewYear, null);

        var progress = Evaluate(open, [Amount(Mar(30), 42)], today: Mar(31)).Progress;

        Assert.Equal((NewYear, Mar(31)), (progress.PeriodStart, progress.PeriodEnd));
        Assert.Equal(ProgressState.OnTrack, progress.State);
        Assert.Null(progress.Expected);
        Assert.Null(progress.SafetyBufferDays);
        // 42 in the last 14 days: rate 3/day, remaining 458 → ceil(458 × 14 / 42) = ceil(152.67) = 153 days
        Assert.Equal(Mar(31).PlusDays(153), progress.ProjectedCompletion);
    }

    [Fact]
    public void A_young_goal_projects_from_the_days_it_has()
    {
        var young = Cumulative(10, Mar(25), new LocalDate(2026, 6, 30));

        var progress = Evaluate(young, [Amount(Mar(26), 2), Amount(Mar(30), 1.5)], today: Mar(31)).Progress;

        // 7 days old with 3.5 logged: rate 0.5/day, remaining 6.5 → ceil(6.5 × 7 / 3.5) = 13 days → Apr 13
        Assert.Equal(new LocalDate(2026, 4, 13), progress.ProjectedCompletion);
    }

    [Fact]
    public void Activity_on_excused_days_still_adds_to_the_total()
    {
        var progress = Evaluate(TwentyFourBooks, [Amount(Mar(3), 2)], today: Mar(31), excused: Pause(Mar(1), Mar(10))).Progress;

        Assert.Equal(2.0, progress.Current);
    }

    [Fact]
    public void The_streak_counts_days_with_any_activity()
    {
        var result = Evaluate(TwentyFourBooks, Done(Mar(28), Mar(29), Mar(30)), today: Mar(31));

        Assert.Equal(new Streak(3, 3, GoalPeriod.Day, Mar(28), AtRisk: true), result.Streak);
    }
}
