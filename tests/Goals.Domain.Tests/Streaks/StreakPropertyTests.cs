using FsCheck.Xunit;
using NodaTime;
using static Goals.Domain.Tests.Scenario;

namespace Goals.Domain.Tests.Streaks;

public sealed class StreakPropertyTests
{
    private static readonly IsoDayOfWeek[] Weekdays =
        [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday];

    private static List<DayTotal> DaysFrom(bool[] done) =>
        [.. done.Select((isDone, offset) => (isDone, offset)).Where(day => day.isDone).Select(day => new DayTotal(Monday.PlusDays(day.offset), 1, 1))];

    [Property(MaxTest = 200)]
    public bool An_undecided_day_of_the_history_carries_the_streak_of_evaluating_on_that_day(bool[] done, byte pick)
    {
        // A day whose unit was still undecided at its close reads the same as when that day was today.
        var goal = Goals[pick % Goals.Length];
        var today = TodayAfter(done);
        var days = DaysFrom(done);

        return HistoryOf(goal, days, today, Monday, today)
            .Where(day => day.Met is null)
            .All(day => day.Streak == Evaluate(goal, days, day.Date).Streak.Current);
    }

    private static LocalDate TodayAfter(bool[] done) => Monday.PlusDays(Math.Max(0, done.Length - 1));

    [Property(MaxTest = 200)]
    public bool The_streak_never_exceeds_the_number_of_due_days(bool[] done)
    {
        var goal = Habit(Monday, Weekdays);
        var today = TodayAfter(done);
        var dueDays = Enumerable.Range(0, done.Length).Count(offset => Weekdays.Contains(Monday.PlusDays(offset).DayOfWeek));

        var streak = Evaluate(goal, DaysFrom(done), today).Streak;

        return streak.Current <= streak.Longest && streak.Longest <= Math.Max(dueDays, 0);
    }

    [Property(MaxTest = 200)]
    public bool Adding_a_successful_day_never_lowers_the_longest_streak(bool[] done, int seed)
    {
        if (done.Length == 0)
        {
            return true;
        }

        var today = TodayAfter(done);
        var before = Evaluate(Habit(), DaysFrom(done), today).Streak.Longest;
        var withOneMore = (bool[])done.Clone();
        withOneMore[Math.Abs(seed % done.Length)] = true;

        return Evaluate(Habit(), DaysFrom(withOneMore), today).Streak.Longest >= before;
    }

    private static readonly GoalDefinition[] Goals =
    [
        Habit(), Habit(Monday, Weekdays), Frequency(2), Frequency(3, GoalPeriod.Month),
        Target(2, GoalPeriod.Week), Limit(0.5, GoalPeriod.Day), Limit(3, GoalPeriod.Week),
        Cumulative(10, Monday, Monday.PlusDays(60)),
    ];

    [Property(MaxTest = 200)]
    public bool The_history_ends_with_the_current_streak(bool[] done, byte pick)
    {
        var goal = Goals[pick % Goals.Length];
        var today = TodayAfter(done);

        var series = HistoryOf(goal, DaysFrom(done), today, Monday, today);

        return series[^1].Streak == Evaluate(goal, DaysFrom(done), today).Streak.Current;
    }
}
