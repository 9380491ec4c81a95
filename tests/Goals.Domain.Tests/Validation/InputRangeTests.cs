using Goals.Domain.Validation;
using NodaTime;
using static Goals.Domain.Tests.Scenario;

namespace Goals.Domain.Tests.Validation;

/// <summary>
/// Attack: dates and numbers were not range-checked (a start of -9998-01-01 or 9999-12-31 was stored, a target of
/// 5e-324 too). The supported ranges: dates 1900-01-01 to 2200-12-31, targets and amounts 0.000001 to 1e9.
/// </summary>
public sealed class InputRangeTests
{
    public static TheoryData<LocalDate> OutsideTheCalendar =>
        [new(1899, 12, 31), new(2201, 1, 1), new(9999, 12, 31), new(-9998, 1, 1), LocalDate.MinIsoValue, LocalDate.MaxIsoValue];

    [Theory]
    [MemberData(nameof(OutsideTheCalendar))]
    public void A_start_date_or_deadline_outside_1900_to_2200_names_its_field(LocalDate date)
    {
        var starting = Cumulative(10, date, null);
        var ending = Cumulative(10, Monday, date);

        Assert.Equal(["startDate"], GoalValidator.Validate("Read", null, starting).Select(error => error.Field));
        Assert.Equal(["deadline"], GoalValidator.Validate("Read", null, ending).Select(error => error.Field));
    }

    [Fact]
    public void The_first_and_last_supported_dates_are_accepted()
    {
        Assert.Empty(GoalValidator.Validate("Read", null, Cumulative(10, DomainLimits.MinDate, DomainLimits.MaxDate)));
    }

    [Theory]
    [InlineData(5e-324)]
    [InlineData(1e-7)]
    public void A_target_or_minimum_below_a_millionth_is_refused(double value)
    {
        Assert.Equal(["target"], GoalValidator.Validate("Read", null, Target(value, GoalPeriod.Day)).Select(error => error.Field));
        Assert.Equal(["minAmount"], GoalValidator.Validate("Read", null, Frequency(3, minAmount: value)).Select(error => error.Field));
    }

    [Theory]
    [InlineData(5e-324, false)]
    [InlineData(1e-7, false)]
    [InlineData(1e-6, true)]
    [InlineData(0, true)]
    public void A_non_zero_amount_below_a_millionth_is_refused(double amount, bool valid)
    {
        var errors = ActivityValidator.Validate(GoalPattern.Target, amount, Mar(3), Mar(2), Mar(4));

        Assert.Equal(valid ? [] : ["amount"], errors.Select(error => error.Field));
    }

    [Theory]
    [MemberData(nameof(OutsideTheCalendar))]
    public void An_activity_date_outside_the_calendar_is_a_date_error_before_the_future_and_start_rules(LocalDate date)
    {
        var error = Assert.Single(ActivityValidator.Validate(GoalPattern.Habit, 1, date, Mar(2), Mar(4)));

        Assert.Equal(new ValidationError("date", "An activity's date must be between 1900-01-01 and 2200-12-31."), error);
    }

    [Fact]
    public void A_description_over_2000_characters_is_refused()
    {
        Assert.Empty(GoalValidator.Validate("Read", null, Habit(), new string('d', 2000)));
        Assert.Equal(["description"], GoalValidator.Validate("Read", null, Habit(), new string('d', 250_000)).Select(error => error.Field));
    }

    [Fact]
    public void A_time_zone_id_longer_than_64_characters_is_refused_without_echoing_it()
    {
        var error = Assert.Single(SettingsValidator.Validate(new string('Z', 5000), null));

        Assert.Equal(new ValidationError("timeZone", "A time zone id has at most 64 characters."), error);
    }

    [Theory]
    [InlineData("1899-12-31T23:59:59Z", false)]
    [InlineData("1900-01-01T00:00:00Z", true)]
    [InlineData("2200-12-31T23:59:59Z", true)]
    [InlineData("2201-01-01T00:00:00Z", false)]
    public void Instants_count_when_their_utc_date_is_in_the_calendar(string text, bool supported)
    {
        Assert.Equal(supported, DomainLimits.IsSupported(NodaTime.Text.InstantPattern.ExtendedIso.Parse(text).Value));
    }
}
