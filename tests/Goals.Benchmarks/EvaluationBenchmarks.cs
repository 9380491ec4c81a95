using BenchmarkDotNet.Attributes;
using Goals.Domain;
using Goals.Domain.Evaluation;
using Goals.Domain.History;
using NodaTime;

namespace Goals.Benchmarks;

/// <summary>Progress + streak + strength of one goal with ten years of days, and of a hundred goals with a year each.</summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class EvaluationBenchmarks
{
    private static readonly LocalDate Today = new(2026, 11, 24);
    private static readonly UserSettings Settings = UserSettings.Default;

    private GoalDefinition _goal = null!;
    private List<DayTotal> _tenYears = null!;
    private ExcusedDays _tenYearsExcused = null!;
    private (GoalDefinition Goal, List<DayTotal> Days, ExcusedDays Excused)[] _hundredGoals = null!;

    [Params(GoalPattern.Habit, GoalPattern.Frequency, GoalPattern.Target, GoalPattern.Limit, GoalPattern.Cumulative)]
    public GoalPattern Pattern { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var tenYearsAgo = Today.PlusYears(-10);
        _goal = SampleHistory.Goal(Pattern, tenYearsAgo);
        _tenYears = SampleHistory.Days(tenYearsAgo, Today, seed: 1);
        _tenYearsExcused = SampleHistory.Excused(tenYearsAgo, Today, seed: 2);
        var yearAgo = Today.PlusYears(-1);
        _hundredGoals = [.. Enumerable.Range(0, 100).Select(i => (
            SampleHistory.Goal(Pattern, yearAgo),
            SampleHistory.Days(yearAgo, Today, seed: 10 + i),
            SampleHistory.Excused(yearAgo, Today, seed: 200 + i)))];
    }

    [Benchmark]
    public GoalEvaluation OneGoalTenYears() =>
        GoalEvaluator.Evaluate(_goal, Settings, _tenYears, _tenYearsExcused, Today);

    [Benchmark]
    public double HundredGoalsOneYearEach()
    {
        var strength = 0.0;
        foreach (var (goal, days, excused) in _hundredGoals)
        {
            strength += GoalEvaluator.Evaluate(goal, Settings, days, excused, Today).Progress.Strength;
        }

        return strength;
    }

    [Benchmark]
    public IReadOnlyList<DailySnapshot> HistoryOfAYearInTenYears() =>
        GoalEvaluator.History(_goal, Settings, _tenYears, _tenYearsExcused, Today, Today.PlusYears(-1), Today);
}
