using Goals.Domain;
using NodaTime;

namespace Goals.Benchmarks;

/// <summary>Deterministic, realistic activity: about four days in five done, a few skips and a two-week pause a year.</summary>
internal static class SampleHistory
{
    public static GoalDefinition Goal(GoalPattern pattern, LocalDate start) => pattern switch
    {
        GoalPattern.Habit => new(pattern, 1, GoalPeriod.Day, GoalDefinition.EveryDay, null, start, null),
        GoalPattern.Frequency => new(pattern, 3, GoalPeriod.Week, GoalDefinition.EveryDay, 20, start, null),
        GoalPattern.Target => new(pattern, 8, GoalPeriod.Day, GoalDefinition.EveryDay, null, start, null),
        GoalPattern.Limit => new(pattern, 10, GoalPeriod.Week, GoalDefinition.EveryDay, null, start, null),
        _ => new(pattern, 5000, GoalPeriod.Day, GoalDefinition.EveryDay, null, start, start.PlusYears(12)),
    };

    public static List<DayTotal> Days(LocalDate from, LocalDate to, int seed)
    {
        var random = new Random(seed);
        var days = new List<DayTotal>();
        for (var date = from; date <= to; date = date.PlusDays(1))
        {
            if (random.NextDouble() < 0.8)
            {
                var count = random.Next(1, 4);
                days.Add(new DayTotal(date, count * random.Next(1, 15), count));
            }
        }

        return days;
    }

    public static ExcusedDays Excused(LocalDate from, LocalDate to, int seed)
    {
        var random = new Random(seed);
        var skips = new List<LocalDate>();
        var pauses = new List<DateInterval>();
        for (var year = from; year <= to; year = year.PlusYears(1))
        {
            for (var i = 0; i < 6; i++)
            {
                skips.Add(year.PlusDays(random.Next(0, 365)));
            }

            var pauseStart = year.PlusDays(random.Next(0, 350));
            pauses.Add(new DateInterval(pauseStart, pauseStart.PlusDays(13)));
        }

        return new ExcusedDays(skips, pauses);
    }
}
