using Goals.Domain.Calendar;
using Goals.Domain.Evaluation;
using NodaTime;
using static Goals.Domain.Tests.Scenario;

namespace Goals.Domain.Tests.Evaluation;

public sealed class LocalDateEvaluationTests
{
    private static List<DayTotal> Fold(UserSettings settings, IEnumerable<Instant> logs) =>
        [.. logs.GroupBy(settings.LocalDateOf).Select(day => new DayTotal(day.Key, day.Count(), day.Count()))];

    [Theory]
    [InlineData("America/New_York", 2026, 3, 1)]
    [InlineData("America/New_York", 2026, 10, 25)]
    [InlineData("Europe/Berlin", 2026, 3, 22)]
    [InlineData("Europe/Berlin", 2026, 10, 18)]
    public void A_nightly_0130_log_across_a_dst_change_keeps_an_unbroken_streak_of_the_days_before(
        string zone, int year, int month, int day)
    {
        var settings = new UserSettings(DateTimeZoneProviders.Tzdb[zone], new LocalTime(4, 0), IsoDayOfWeek.Monday);
        var firstNight = new LocalDate(year, month, day);
        var logs = Enumerable.Range(0, 14).Select(night =>
            (firstNight.PlusDays(night) + new LocalTime(1, 30)).InZoneLeniently(settings.TimeZone).ToInstant());
        var days = Fold(settings, logs);
        var goal = Habit(firstNight.PlusDays(-1));

        var result = GoalEvaluator.Evaluate(goal, settings, days, ExcusedDays.None, today: firstNight.PlusDays(12));

        Assert.Equal(14, days.Count);
        Assert.Equal(new Streak(14, 14, GoalPeriod.Day, firstNight.PlusDays(-1), AtRisk: false), result.Streak);
    }

    [Fact]
    public void Both_occurrences_of_a_repeated_0130_count_for_the_same_day()
    {
        var settings = new UserSettings(DateTimeZoneProviders.Tzdb["America/New_York"], new LocalTime(4, 0), IsoDayOfWeek.Monday);
        var repeated = new LocalDateTime(2026, 11, 1, 1, 30);
        var logs = new[]
        {
            settings.TimeZone.AtLeniently(repeated).ToInstant(),
            settings.TimeZone.AtLeniently(repeated).ToInstant() + Duration.FromHours(1),
        };

        var days = Fold(settings, logs);

        Assert.Equal([new DayTotal(new LocalDate(2026, 10, 31), 2, 2)], days);
    }
}
