using Goals.Api.GoalState;
using BenchmarkDotNet.Attributes;
using Goals.Api.Insights;
using Goals.Api.Progress;
using Goals.Api.Scheduling;
using Goals.Domain;
using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Benchmarks;

/// <summary>
/// The day close's engine work for one user with 20 goals a year old: catching up 62 missed days in one
/// <see cref="ClosingRun"/>, against one run per date (how a date-by-date close would evaluate), the daily case, and
/// the insight refresh that follows every close.
/// </summary>
[MemoryDiagnoser]
public class DayCloseBenchmarks
{
    private static readonly LocalDate Today = new(2026, 11, 25);
    private GoalPortfolio _portfolio = null!;

    [GlobalSetup]
    public void Setup()
    {
        var start = Today.PlusYears(-1);
        var patterns = Enum.GetValues<GoalPattern>();
        var goals = Enumerable.Range(0, 20).Select(index =>
        {
            var definition = SampleHistory.Goal(patterns[index % patterns.Length], start);
            var record = new GoalRecord(
                $"goal-{index}", "user", $"Goal {index}", null, GoalCategory.Other, definition.Pattern, definition.Target,
                null, definition.Period, definition.Schedule, definition.MinAmount, start, definition.Deadline,
                GoalStatus.Active, Instant.MinValue, Instant.MinValue, null, 1);
            return new GoalFacts(
                record, SampleHistory.Days(start, Today, index), SampleHistory.Excused(start, Today, index), UserSettings.Default);
        }).ToList();
        var user = new UserRecord("user", UserSettings.Default, Instant.MinValue, Instant.MinValue);
        _portfolio = new GoalPortfolio(user, Today, goals);
    }

    [Benchmark(Baseline = true)]
    public int CatchUp62DaysDateByDate()
    {
        var closed = 0;
        for (var date = Today.PlusDays(-62); date < Today; date = date.PlusDays(1))
        {
            closed += new ClosingRun(_portfolio, new DateInterval(date, date)).Goals.Count;
        }

        return closed;
    }

    [Benchmark]
    public int CatchUp62DaysInOneRun() =>
        new ClosingRun(_portfolio, new DateInterval(Today.PlusDays(-62), Today.PlusDays(-1))).Goals.Count;

    [Benchmark]
    public int CloseOneDay() =>
        new ClosingRun(_portfolio, new DateInterval(Today.PlusDays(-1), Today.PlusDays(-1))).Goals.Count;

    /// <summary>The day-close insight rules as the refresh after each close runs them (on the closed days only).</summary>
    [Benchmark]
    public int RefreshInsights()
    {
        var closed = _portfolio.ClosedDaysOnly();
        return DayCloseRules.Sum(rule => rule.Apply(closed).Count());
    }

    private static readonly IInsightRule[] DayCloseRules =
        [new StreakRecordRule(), new PerfectWeekRule(), new NeglectedGoalRule(), new LastSevenDaysRule(), new BestWeekdayRule()];
}
