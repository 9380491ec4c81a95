using Goals.Api.GoalState;
using Goals.Api.Scheduling;
using Goals.Api.Tests.Scheduling;
using Goals.Api.Tests.Support;
using Goals.Domain;
using Goals.Storage.Abstractions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Goals.Api.Tests.GoalState;

/// <summary>
/// Stored checkpoints end to end (ADR 0165): after the day close took them, an evaluation now of goals with two years of
/// history reads only their recent day totals and answers exactly what the whole evaluation answers; a backdated log
/// or a vacation before a checkpoint drops it, and the next answer is the whole recompute.
/// </summary>
public sealed class CheckpointReadTests : IDisposable
{
    private const string DayTotalsCall = $"{nameof(IActivityStore)}.{nameof(IActivityStore.GetDayTotalsAsync)}";
    private const string Owner = "checkpoint-reader";
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 25, 12, 0);
    private static readonly LocalDate Today = new(2026, 11, 25);
    private static readonly CancellationToken None = CancellationToken.None;

    private readonly GoalsApiFactory _root = new();
    private readonly WebApplicationFactory<Program> _factory;
    private readonly StoreCallCounter _calls = new();

    public CheckpointReadTests() =>
        _factory = _root.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Jobs:Enabled", "false");
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<IClock>(new SharedClock(Now));
                services.AddSingleton(_calls);
                StoreCallCounter.Decorate<IActivityStore>(services);
            });
        });

    private T Service<T>()
        where T : notnull => _factory.Services.GetRequiredService<T>();

    [Fact]
    public async Task After_the_day_close_an_evaluation_reads_only_the_recent_days_and_answers_the_whole_evaluation()
    {
        var goals = await SeedTwoYearsAsync();
        await CloseDayAsync();

        var stored = await Service<ICheckpointStore>().GetForGoalsAsync(Owner, [.. goals.Select(g => g.Id)], None);
        Assert.All(goals, goal => Assert.True(stored[goal.Id].Checkpoint.Date <= Today.PlusDays(-CheckpointAdvancer.DaysBehindToday)));

        var dates = await AssertSameAsWholeAsync(goals);
        var read = Assert.Single(dates);
        Assert.NotNull(read);
        Assert.True(read.Start >= Today.PlusDays(-CheckpointAdvancer.DaysBehindToday - 62), $"read from {read.Start}");
    }

    [Fact]
    public async Task A_backdated_log_before_the_checkpoint_drops_it_and_the_next_answer_is_the_whole_recompute()
    {
        var goals = await SeedTwoYearsAsync();
        await CloseDayAsync();

        await LogAsync(goals[0], Today.PlusDays(-200), 4.25);

        var stored = await Service<ICheckpointStore>().GetForGoalsAsync(Owner, [.. goals.Select(g => g.Id)], None);
        Assert.Equal([goals[1].Id], stored.Keys);
        var dates = await AssertSameAsWholeAsync(await FreshAsync(goals));
        Assert.Contains(null, dates); // the goal without a checkpoint is read whole
        Assert.Contains(dates, interval => interval is not null);
    }

    [Fact]
    public async Task A_vacation_starting_before_the_checkpoints_drops_them_and_the_next_answer_is_the_whole_recompute()
    {
        var goals = await SeedTwoYearsAsync();
        await CloseDayAsync();

        Assert.Equal(2, (await Service<ICheckpointStore>().GetForGoalsAsync(Owner, [.. goals.Select(g => g.Id)], None)).Count);

        await Service<IExcusalStore>().AddPauseAsync(Owner, null, Today.PlusDays(-100), Today.PlusDays(-90), None);

        Assert.Empty(await Service<ICheckpointStore>().GetForGoalsAsync(Owner, [.. goals.Select(g => g.Id)], None));
        Assert.Equal([null], await AssertSameAsWholeAsync(await FreshAsync(goals)));
    }

    /// <summary>A daily habit and a cumulative goal (fractional amounts) started two years ago, logged on 3 days of 4.</summary>
    private async Task<IReadOnlyList<GoalRecord>> SeedTwoYearsAsync()
    {
        var start = Today.PlusDays(-730);
        await Service<IUserStore>().GetOrCreateAsync(Owner, None); // the day close walks the stored users
        var store = Service<IGoalStore>();
        GoalRecord[] goals =
        [
            await store.CreateAsync(Goal(GoalPattern.Habit, 1, start), None),
            await store.CreateAsync(Goal(GoalPattern.Cumulative, 900, start), None),
        ];
        for (var day = start; day < Today; day = day.PlusDays(1))
        {
            var n = Period.Between(start, day, PeriodUnits.Days).Days;
            if (n % 4 == 3)
                continue;
            foreach (var goal in goals)
                await LogAsync(goal, day, 0.1 * (n % 7) + 0.3);
        }

        return await FreshAsync(goals);
    }

    private static NewGoal Goal(GoalPattern pattern, double target, LocalDate start) =>
        new(Owner, $"{pattern} for two years", null, GoalCategory.Other, pattern, target, null, GoalPeriod.Day,
            GoalDefinition.EveryDay, null, start, null, GoalStatus.Active);

    private Task<AppendResult> LogAsync(GoalRecord goal, LocalDate day, double amount) =>
        Service<IActivityStore>().AppendAsync(
            new NewActivity(Owner, goal.Id, day.AtMidnight().InUtc().ToInstant() + Duration.FromHours(8), day, amount, null, null),
            None);

    private async Task<IReadOnlyList<GoalRecord>> FreshAsync(IEnumerable<GoalRecord> goals) =>
        [.. (await Service<IGoalStore>().GetManyAsync(Owner, [.. goals.Select(g => g.Id)], None)).Values.OrderBy(g => g.Pattern)];

    private async Task CloseDayAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DayCloseService>().SweepAsync(Now, None);
    }

    /// <summary>
    /// Evaluates the goals now through the reader (as the fields and writes do) and from every day; asserts the same
    /// answers, every double printed the same, and returns the dates of each day-total read of the first.
    /// </summary>
    private async Task<IReadOnlyList<DateInterval?>> AssertSameAsWholeAsync(IReadOnlyList<GoalRecord> goals)
    {
        var reader = Service<GoalStateReader>();
        var settings = (await Service<IUserStore>().GetOrCreateAsync(Owner, None)).Settings;
        _calls.Reset();
        var now = await reader.EvaluateManyAsync(goals, settings, None);
        var dates = _calls.ArgumentsOf(DayTotalsCall).Select(arguments => (DateInterval?)arguments[1]).ToList();
        var whole = (await reader.ReadManyAsync(goals, settings, None)).Select(reader.Evaluate).ToList();

        Assert.Equal(whole.Select(g => g.Evaluation), now.Select(g => g.Evaluation));
        Assert.Equal(whole.Select(g => g.Evaluation!.ToString()), now.Select(g => g.Evaluation!.ToString()));
        return dates;
    }

    public void Dispose()
    {
        _factory.Dispose();
        _root.Dispose();
    }
}
