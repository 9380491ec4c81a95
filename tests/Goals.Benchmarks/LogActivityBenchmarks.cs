using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Goals.Domain;
using Goals.Storage;
using Goals.Storage.Abstractions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Goals.Benchmarks;

/// <summary>
/// One logged activity on the real SQLite adapter, into a day that already holds 0, 1,000 or 10,000 activities: the
/// store's write (an increment of the day's total) against the write as it was before, which summed the whole day
/// again. Each iteration logs <see cref="LogsPerIteration"/> activities and takes them out again afterwards, so a day
/// stays within that many of its size. The file lives in /dev/shm where there is one: the commit's fsync, the same
/// for every day size, would otherwise be most of what is measured.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ShortInProcess))]
public class LogActivityBenchmarks
{
    private const int LogsPerIteration = 200;
    private static readonly LocalDate Day = new(2026, 11, 25);
    private static readonly Instant At = Instant.FromUtc(2026, 11, 25, 9, 0);
    private readonly List<string> _logged = [];
    private string _directory = null!;
    private ServiceProvider _services = null!;
    private IActivityStore _activities = null!;
    private GoalRecord _goal = null!;
    private string _connectionString = null!;

    [Params(0, 1_000, 10_000)]
    public int ActivitiesInDay { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var root = Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();
        _directory = Path.Combine(root, "goals-log-benchmark-" + Guid.NewGuid().ToString("N"));
        _connectionString = $"Data Source={Path.Combine(_directory, "goals.db")}";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite", ["ConnectionStrings:Sqlite"] = _connectionString,
        }).Build();
        _services = new ServiceCollection().AddSingleton<IClock>(SystemClock.Instance).AddGoalsStorage(configuration)
            .BuildServiceProvider();
        _services.InitializeGoalsStorageAsync().GetAwaiter().GetResult();
        _activities = _services.GetRequiredService<IActivityStore>();
        _goal = _services.GetRequiredService<IGoalStore>().CreateAsync(
            new NewGoal("bench-user", "Push-ups", null, GoalCategory.Fitness, GoalPattern.Target, 100, "reps",
                GoalPeriod.Day, GoalDefinition.EveryDay, null, Day.PlusYears(-1), null),
            CancellationToken.None).GetAwaiter().GetResult();
        LogActivityBenchmarkSeed.FillDay(_connectionString, _goal.Id, Day, ActivitiesInDay);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark(Description = "log: increment the day")]
    public async Task<string> LogIncrementally()
    {
        var result = await _activities.AppendAsync(
            new NewActivity(_goal.OwnerId, _goal.Id, At, Day, 1, IdempotencyKey: Guid.NewGuid().ToString("N")),
            CancellationToken.None);
        _logged.Add(result.Activity!.Id);
        return result.Activity.Id;
    }

    [Benchmark(Baseline = true, Description = "log: re-sum the day (before)")]
    public async Task<string> LogResummingTheDay()
    {
        var id = await LogActivityBenchmarkSeed.LogResummingAsync(_connectionString, _goal, Day, At);
        _logged.Add(id);
        return id;
    }

    /// <summary>
    /// A short job (3 warm-up and 15 measured iterations of <see cref="LogsPerIteration"/> logs each), run in this
    /// process: on a shared 2-core machine a separately built benchmark process may not even finish building.
    /// </summary>
    private sealed class ShortInProcess : ManualConfig
    {
        public ShortInProcess()
        {
            AddJob(
                Job.Dry.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(15)
                    .WithInvocationCount(LogsPerIteration).WithUnrollFactor(1).WithStrategy(RunStrategy.Throughput)
                    .WithToolchain(InProcessEmitToolchain.Instance).WithId("ShortInProcess"));
            AddColumn(StatisticColumn.Median);
        }
    }

    /// <summary>Takes this iteration's logs out again, through the store, so the day keeps its size.</summary>
    [IterationCleanup]
    public void RemoveLogged()
    {
        foreach (var id in _logged)
        {
            _activities.DeleteAsync(_goal.OwnerId, id, CancellationToken.None).GetAwaiter().GetResult();
        }

        _logged.Clear();
    }
}
