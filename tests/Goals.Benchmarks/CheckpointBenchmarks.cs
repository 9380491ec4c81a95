using BenchmarkDotNet.Attributes;
using Goals.Domain;
using Goals.Domain.Evaluation;
using NodaTime;

namespace Goals.Benchmarks;

/// <summary>
/// A cold evaluation of a goal with five years of days: from every day, against resuming from last night's checkpoint
/// with only the days it needs. The day totals are already in memory, so the figures are the engine's share alone; a
/// store reads ~1,800 rows for the whole evaluation and ~30–60 for the resumed one.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class CheckpointBenchmarks
{
    private static readonly LocalDate Today = new(2026, 11, 24);
    private static readonly UserSettings Settings = UserSettings.Default;

    private GoalDefinition _goal = null!;
    private List<DayTotal> _fiveYears = null!;
    private List<DayTotal> _recent = null!;
    private ExcusedDays _excused = null!;
    private EvaluationCheckpoint _lastNight = null!;
    private EvaluationCheckpoint _weekBefore = null!;
    private List<DayTotal> _sinceWeekBefore = null!;

    /// <summary>A daily HABIT and a FREQUENCY goal of 3×/week (see <see cref="SampleHistory.Goal"/>).</summary>
    [Params(GoalPattern.Habit, GoalPattern.Frequency)]
    public GoalPattern Pattern { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var fiveYearsAgo = Today.PlusYears(-5);
        _goal = SampleHistory.Goal(Pattern, fiveYearsAgo);
        _fiveYears = SampleHistory.Days(fiveYearsAgo, Today, seed: 1);
        _excused = SampleHistory.Excused(fiveYearsAgo, Today, seed: 2);

        // What the day-close job left: the checkpoint at the last unit closed by yesterday.
        _lastNight = GoalEvaluator.Checkpoint(_goal, Settings, _fiveYears, _excused, Today, Today.PlusDays(-1))!;
        _recent = [.. _fiveYears.Where(day => day.Date >= _lastNight.ReadFrom)];
        _weekBefore = GoalEvaluator.Checkpoint(_goal, Settings, _fiveYears, _excused, Today, Today.PlusDays(-8))!;
        _sinceWeekBefore = [.. _fiveYears.Where(day => day.Date >= _weekBefore.ReadFrom)];
    }

    [Benchmark(Baseline = true)]
    public GoalEvaluation WholeFiveYears() =>
        GoalEvaluator.Evaluate(_goal, Settings, _fiveYears, _excused, Today);

    [Benchmark]
    public GoalEvaluation ResumedFromLastNight() =>
        GoalEvaluator.Evaluate(_goal, Settings, _lastNight, _recent, _excused, Today);

    /// <summary>A job's share: a checkpoint a week old moved to yesterday, from the days since its ReadFrom.</summary>
    [Benchmark]
    public EvaluationCheckpoint? MoveCheckpointAWeekForward() =>
        GoalEvaluator.Checkpoint(_goal, Settings, _weekBefore, _sinceWeekBefore, _excused, Today, Today.PlusDays(-1));
}
