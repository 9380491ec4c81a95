using Goals.Domain.Evaluation;
using Goals.Domain.History;
using NodaTime;

namespace Goals.Domain.Tests;

/// <summary>Builds goals and day totals for tests; 2026-03-02 is a Monday.</summary>
internal static class Scenario
{
    public static readonly LocalDate Monday = new(2026, 3, 2);

    public static LocalDate Mar(int day) => new(2026, 3, day);

    public static GoalDefinition Habit(LocalDate? start = null, params IsoDayOfWeek[] schedule) =>
        new(GoalPattern.Habit, 1, GoalPeriod.Day, Schedule(schedule), null, start ?? Monday, null);

    public static GoalDefinition Frequency(double target, GoalPeriod period = GoalPeriod.Week, double? minAmount = null, LocalDate? start = null) =>
        new(GoalPattern.Frequency, target, period, GoalDefinition.EveryDay, minAmount, start ?? Monday, null);

    public static GoalDefinition Target(double target, GoalPeriod period, LocalDate? start = null, params IsoDayOfWeek[] schedule) =>
        new(GoalPattern.Target, target, period, Schedule(schedule), null, start ?? Monday, null);

    public static GoalDefinition Limit(double cap, GoalPeriod period, LocalDate? start = null) =>
        new(GoalPattern.Limit, cap, period, GoalDefinition.EveryDay, null, start ?? Monday, null);

    public static GoalDefinition Cumulative(double target, LocalDate start, LocalDate? deadline) =>
        new(GoalPattern.Cumulative, target, GoalPeriod.Day, GoalDefinition.EveryDay, null, start, deadline);

    /// <summary>One activity of amount 1 on each date.</summary>
    public static List<DayTotal> Done(params LocalDate[] dates) => [.. dates.Select(date => new DayTotal(date, 1, 1))];

    public static List<DayTotal> DoneEveryDay(LocalDate from, LocalDate to, double amount = 1)
    {
        var days = new List<DayTotal>();
        for (var date = from; date <= to; date = date.PlusDays(1))
        {
            days.Add(new DayTotal(date, amount, 1));
        }

        return days;
    }

    public static DayTotal Amount(LocalDate date, double amount) => new(date, amount, 1);

    public static ExcusedDays Skips(params LocalDate[] dates) => new(dates, []);

    public static ExcusedDays Pause(LocalDate from, LocalDate to) => new([], [new DateInterval(from, to)]);

    public static GoalEvaluation Evaluate(
        GoalDefinition goal, IReadOnlyList<DayTotal> days, LocalDate today, ExcusedDays? excused = null,
        UserSettings? settings = null, LocalDate? asOf = null) =>
        GoalEvaluator.Evaluate(goal, settings ?? UserSettings.Default, days, excused ?? ExcusedDays.None, today, asOf);

    public static IReadOnlyList<DailySnapshot> HistoryOf(
        GoalDefinition goal, IReadOnlyList<DayTotal> days, LocalDate today, LocalDate from, LocalDate to,
        ExcusedDays? excused = null) =>
        GoalEvaluator.History(goal, UserSettings.Default, days, excused ?? ExcusedDays.None, today, from, to);

    private static IReadOnlySet<IsoDayOfWeek> Schedule(IsoDayOfWeek[] days) =>
        days.Length == 0 ? GoalDefinition.EveryDay : days.ToHashSet();
}
