using Goals.Domain.Evaluation;
using Goals.Domain.Validation;
using NodaTime;
using static Goals.Domain.Tests.Scenario;

namespace Goals.Domain.Tests.Evaluation;

/// <summary>
/// Attack: a CUMULATIVE target of 3,000,000 with one unit logged overflowed the projected-completion date (year
/// 10,000), and goals stored with dates near the ends of the calendar overflowed period arithmetic. The engine is total
/// on the supported ranges and refuses anything else with a typed exception.
/// </summary>
public sealed class SupportedRangeEvaluationTests
{
    private static readonly LocalDate Today = new(2026, 11, 25);

    [Fact]
    public void A_three_million_target_with_one_unit_logged_has_no_projection_instead_of_overflowing()
    {
        var progress = Evaluate(Cumulative(3_000_000, Today, null), [Amount(Today, 1)], Today).Progress;

        Assert.Equal((1.0, 2_999_999.0, ProgressState.OnTrack), (progress.Current, progress.Remaining, progress.State));
        Assert.Null(progress.ProjectedCompletion);
    }

    [Fact]
    public void A_projection_on_the_last_supported_date_is_still_a_date_and_one_day_later_is_none()
    {
        var daysLeft = Period.DaysBetween(Today, DomainLimits.MaxDate);

        var last = Evaluate(Cumulative(daysLeft + 1, Today, null), [Amount(Today, 1)], Today).Progress;
        var beyond = Evaluate(Cumulative(daysLeft + 2, Today, null), [Amount(Today, 1)], Today).Progress;

        Assert.Equal(DomainLimits.MaxDate, last.ProjectedCompletion);
        Assert.Null(beyond.ProjectedCompletion);
    }

    [Fact]
    public void A_tiny_target_far_behind_its_huge_total_saturates_the_safety_buffer_instead_of_wrapping()
    {
        var goal = Cumulative(DomainLimits.MinPositiveValue, Today.PlusDays(-10), DomainLimits.MaxDate);

        var progress = Evaluate(goal, [Amount(Today, 1e9)], Today).Progress;

        Assert.Equal(int.MaxValue, progress.SafetyBufferDays);
        Assert.True(double.IsFinite(progress.Fraction));
    }

    public static TheoryData<GoalDefinition> StoredOutOfRange =>
    [
        Habit(new LocalDate(9999, 12, 31)),
        Frequency(3, GoalPeriod.Week, start: new LocalDate(9999, 12, 31)),
        Habit(new LocalDate(-9998, 1, 1)),
        Cumulative(double.Epsilon, Today, null),
        Cumulative(10, Today, new LocalDate(9999, 12, 31)),
        Frequency(3, minAmount: double.Epsilon),
    ];

    [Theory]
    [MemberData(nameof(StoredOutOfRange))]
    public void A_goal_stored_outside_the_supported_ranges_is_refused_with_a_typed_exception(GoalDefinition goal)
    {
        Assert.False(GoalEvaluator.CanEvaluate(goal));
        Assert.False(GoalEvaluator.CanEvaluate(goal.StartDate, goal.Deadline, goal.Target, goal.MinAmount));
        Assert.Throws<GoalEvaluationException>(() => Evaluate(goal, [Amount(Today, 1)], Today));
        Assert.Throws<GoalEvaluationException>(() => HistoryOf(goal, [], Today, Today.PlusDays(-7), Today));
    }

    [Fact]
    public void An_evaluation_date_outside_the_calendar_is_refused_with_a_typed_exception()
    {
        Assert.Throws<GoalEvaluationException>(() => Evaluate(Habit(Today), [], Today, asOf: new LocalDate(-9998, 1, 1)));
        Assert.Throws<GoalEvaluationException>(() => Evaluate(Habit(Today), [], new LocalDate(9999, 12, 31)));
    }
}
