using Goals.Domain.Validation;
using static Goals.Domain.Tests.Scenario;

namespace Goals.Domain.Tests.Validation;

public sealed class ActivityValidatorTests
{
    [Theory]
    [InlineData(GoalPattern.Habit, 0, false)]
    [InlineData(GoalPattern.Frequency, 0, false)]
    [InlineData(GoalPattern.Cumulative, 0, false)]
    [InlineData(GoalPattern.Limit, 0, true)]
    [InlineData(GoalPattern.Target, 0, true)]
    [InlineData(GoalPattern.Target, -0.5, false)]
    [InlineData(GoalPattern.Habit, 1, true)]
    [InlineData(GoalPattern.Cumulative, 1e9, true)]
    [InlineData(GoalPattern.Cumulative, 1e9 + 1, false)]
    [InlineData(GoalPattern.Limit, double.NaN, false)]
    public void Amounts_must_be_positive_except_zero_for_limits_and_targets(GoalPattern pattern, double amount, bool valid)
    {
        var errors = ActivityValidator.Validate(pattern, amount, Mar(3), Mar(2), Mar(4));

        Assert.Equal(valid ? [] : ["amount"], errors.Select(error => error.Field));
    }

    [Fact]
    public void A_log_for_a_future_date_is_rejected()
    {
        var error = Assert.Single(ActivityValidator.Validate(GoalPattern.Habit, 1, Mar(5), Mar(2), Mar(4)));

        Assert.Equal(new ValidationError("date", "An activity cannot be logged for a future date."), error);
    }

    [Fact]
    public void A_log_before_the_start_date_is_rejected_and_on_it_accepted()
    {
        Assert.Equal(["date"], ActivityValidator.Validate(GoalPattern.Habit, 1, Mar(1), Mar(2), Mar(4)).Select(e => e.Field));
        Assert.Empty(ActivityValidator.Validate(GoalPattern.Habit, 1, Mar(2), Mar(2), Mar(4)));
        Assert.Empty(ActivityValidator.Validate(GoalPattern.Habit, 1, Mar(4), Mar(2), Mar(4)));
    }

    [Theory]
    [InlineData(GoalStatus.Active, true)]
    [InlineData(GoalStatus.Paused, true)]
    [InlineData(GoalStatus.Completed, true)]
    [InlineData(GoalStatus.Archived, false)]
    public void Only_archived_goals_refuse_logs(GoalStatus status, bool accepts)
    {
        Assert.Equal(accepts, ActivityValidator.AcceptsLogs(status));
    }
}
