using Goals.Domain.Validation;
using NodaTime;
using static Goals.Domain.Tests.Scenario;

namespace Goals.Domain.Tests.Validation;

public sealed class GoalValidatorTests
{
    private static IEnumerable<string> FieldsOf(GoalDefinition goal, string? title = "Meditate", string? unit = null) =>
        GoalValidator.Validate(title, unit, goal).Select(error => error.Field);

    [Fact]
    public void A_well_formed_goal_has_no_errors()
    {
        Assert.Empty(GoalValidator.Validate(new string('t', 120), new string('u', 32), Habit()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_missing_title_is_rejected(string? title)
    {
        Assert.Equal(["title"], FieldsOf(Habit(), title));
    }

    [Fact]
    public void A_title_over_120_characters_is_rejected()
    {
        var error = Assert.Single(GoalValidator.Validate(new string('t', 121), null, Habit()));

        Assert.Equal(new ValidationError("title", "Title must be 1 to 120 characters."), error);
    }

    [Fact]
    public void A_unit_over_32_characters_is_rejected()
    {
        Assert.Equal(["unit"], FieldsOf(Habit(), unit: new string('u', 33)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1e9 + 1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_target_outside_0_to_1e9_is_rejected(double target)
    {
        Assert.Equal(["target"], FieldsOf(Target(target, GoalPeriod.Day)));
    }

    [Fact]
    public void A_target_of_exactly_1e9_is_accepted()
    {
        Assert.Empty(FieldsOf(Target(1e9, GoalPeriod.Week)));
    }

    [Fact]
    public void An_empty_schedule_is_rejected()
    {
        Assert.Equal(["schedule"], FieldsOf(Habit() with { Schedule = new HashSet<IsoDayOfWeek>() }));
    }

    [Theory]
    [InlineData(GoalPeriod.Day, 1, true)]
    [InlineData(GoalPeriod.Day, 2, false)]
    [InlineData(GoalPeriod.Week, 7, true)]
    [InlineData(GoalPeriod.Week, 8, false)]
    [InlineData(GoalPeriod.Month, 31, true)]
    [InlineData(GoalPeriod.Month, 32, false)]
    [InlineData(GoalPeriod.Week, 2.5, false)]
    public void A_frequency_target_must_be_whole_and_fit_in_its_period(GoalPeriod period, double target, bool valid)
    {
        Assert.Equal(valid ? [] : ["target"], FieldsOf(Frequency(target, period)));
    }

    [Fact]
    public void A_cumulative_deadline_must_be_after_the_start()
    {
        Assert.Equal(["deadline"], FieldsOf(Cumulative(24, Mar(2), Mar(2))));
        Assert.Empty(FieldsOf(Cumulative(24, Mar(2), Mar(3))));
        Assert.Empty(FieldsOf(Cumulative(24, Mar(2), null)));
    }

    [Fact]
    public void A_habit_must_be_daily_and_a_minimum_amount_positive()
    {
        Assert.Equal(["period"], FieldsOf(Habit() with { Period = GoalPeriod.Week }));
        Assert.Equal(["minAmount"], FieldsOf(Frequency(3, minAmount: 0)));
    }

    [Fact]
    public void Every_broken_rule_is_reported()
    {
        var goal = Frequency(9) with { Schedule = new HashSet<IsoDayOfWeek>() };

        Assert.Equal(["title", "unit", "target", "schedule"], FieldsOf(goal, "", new string('u', 40)));
    }
}
