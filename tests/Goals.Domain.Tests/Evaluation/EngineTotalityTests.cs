using Goals.Domain.Evaluation;
using Goals.Domain.Validation;
using NodaTime;

namespace Goals.Domain.Tests.Evaluation;

/// <summary>
/// The engine on everything the input rules let through: any pattern and period, targets and amounts at their bounds,
/// dates at both ends of the supported calendar, any schedule, skips and pauses. It never throws and every number it
/// answers is finite (JSON has no NaN or Infinity). A fixed seed replays the same cases.
/// </summary>
public sealed class EngineTotalityTests
{
    private const int Cases = 3000;

    private static readonly double[] Values = [DomainLimits.MinPositiveValue, 0.5, 1, 3, 7, 31, 1000, DomainLimits.MaxTarget];
    private static readonly string[] Zones = ["UTC", "Pacific/Kiritimati", "Etc/GMT+12", "America/New_York"];

    [Fact]
    public void Any_supported_goal_evaluated_on_any_supported_date_answers_finite_numbers_without_throwing()
    {
        var random = new Random(20261125);
        for (var i = 0; i < Cases; i++)
        {
            var (goal, settings, days, excused, today) = Case(random);
            var evaluation = GoalEvaluator.Evaluate(goal, settings, days, excused, today, Date(random, goal.StartDate, today));
            var history = GoalEvaluator.History(goal, settings, days, excused, today, today.PlusDays(-random.Next(0, 40)), today);

            var progress = evaluation.Progress;
            double?[] numbers =
            [
                progress.Current, progress.Target, progress.Fraction, progress.Remaining, progress.Strength,
                progress.CompletionRate7d, progress.CompletionRate30d, progress.Expected,
                .. history.SelectMany(day => new double?[] { day.Value, day.Target }),
            ];
            Assert.True(numbers.All(number => number is not { } value || double.IsFinite(value)), $"case {i}: {goal} {progress}");
            Assert.True(progress.ProjectedCompletion is not { } projected || DomainLimits.IsSupported(projected), $"case {i}: {progress}");
        }
    }

    private static (GoalDefinition, UserSettings, List<DayTotal>, ExcusedDays, LocalDate) Case(Random random)
    {
        var today = random.Next(10) switch
        {
            0 => DomainLimits.MaxDate,
            1 => DomainLimits.MinDate.PlusDays(random.Next(0, 40)),
            _ => new LocalDate(2026, 11, 25),
        };
        var start = random.Next(8) switch
        {
            0 => DomainLimits.MinDate,
            1 => DomainLimits.MaxDate,
            _ => Date(random, DomainLimits.MinDate, today),
        };
        var pattern = (GoalPattern)random.Next(5);
        var period = pattern == GoalPattern.Habit ? GoalPeriod.Day : (GoalPeriod)random.Next(3);
        var target = pattern == GoalPattern.Frequency ? random.Next(1, PeriodDays(period) + 1) : Values[random.Next(Values.Length)];
        var deadline = pattern == GoalPattern.Cumulative && start < DomainLimits.MaxDate && random.Next(2) == 0
            ? Date(random, start.PlusDays(1), DomainLimits.MaxDate)
            : (LocalDate?)null;
        var schedule = Enumerable.Range(1, 7).Select(day => (IsoDayOfWeek)day).Where(_ => random.Next(3) > 0).ToHashSet();
        var goal = new GoalDefinition(
            pattern, target, period, schedule.Count == 0 ? GoalDefinition.EveryDay : schedule,
            random.Next(4) == 0 ? Values[random.Next(Values.Length)] : null, start, deadline);
        var settings = new UserSettings(
            DateTimeZoneProviders.Tzdb[Zones[random.Next(Zones.Length)]], new LocalTime(random.Next(12), 0), (IsoDayOfWeek)random.Next(1, 8));
        var days = Enumerable.Range(0, random.Next(0, 30))
            .Select(_ => new DayTotal(Date(random, start, today), random.Next(3) == 0 ? 0 : Values[random.Next(Values.Length)], random.Next(1, 4)))
            .ToList();
        var skip = Date(random, start, today);
        var excused = new ExcusedDays([skip], random.Next(3) == 0 ? [new DateInterval(skip, LocalDate.Max(skip, today))] : []);
        return (goal, settings, days, excused, today);
    }

    private static int PeriodDays(GoalPeriod period) => period switch
    {
        GoalPeriod.Day => 1,
        GoalPeriod.Week => 7,
        _ => 31,
    };

    /// <summary>A date from <paramref name="from"/> through <paramref name="to"/>, mostly near the end; from when to is earlier.</summary>
    private static LocalDate Date(Random random, LocalDate from, LocalDate to)
    {
        if (to <= from)
        {
            return from;
        }

        var span = Period.DaysBetween(from, to);
        return random.Next(3) == 0 ? from.PlusDays(random.Next(0, span + 1)) : to.PlusDays(-random.Next(0, Math.Min(span, 60) + 1));
    }
}
