using Goals.Domain;
using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Storage.Tests.Sqlite;

/// <summary>
/// Day totals move by increments (ADR 0136). After thousands of random logs, edits, date moves and deletes on a real
/// file they still equal a full recompute from the activities, and a large amount taken out again leaves the small
/// ones exact.
/// </summary>
public sealed class SqliteIncrementalTotalsTests(SqliteInMemoryDiskStoreFixture fixture)
    : IClassFixture<SqliteInMemoryDiskStoreFixture>
{
    private const int Writes = 10_000;
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly LocalDate FirstDay = new(2026, 11, 1);

    [Fact]
    public async Task Totals_equal_a_full_recompute_after_10000_random_writes_and_deletes()
    {
        var random = new Random(20261205);
        var owner = "totals|" + Guid.NewGuid().ToString("N");
        var goals = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            goals.Add((await fixture.Goals.CreateAsync(NewGoal(owner), None)).Id);
        }

        var live = new List<string>();
        var (logs, edits, moves, deletes) = (0, 0, 0, 0);
        for (var write = 0; write < Writes; write++)
        {
            var kind = live.Count < 20 ? 0 : random.Next(100);
            if (kind < 55)
            {
                var goal = goals[random.Next(goals.Count)];
                var date = FirstDay.PlusDays(random.Next(12));
                var logged = await fixture.Activities.AppendAsync(
                    new NewActivity(owner, goal, date.AtMidnight().InUtc().ToInstant(), date, Amount(random)), None);
                live.Add(logged.Activity!.Id);
                logs++;
                continue;
            }

            var index = random.Next(live.Count);
            if (kind < 70)
            {
                await fixture.Activities.UpdateAsync(owner, live[index], new ActivityPatch(Amount: Amount(random)), None);
                edits++;
            }
            else if (kind < 85)
            {
                var patch = new ActivityPatch(Date: FirstDay.PlusDays(random.Next(12)), Amount: random.Next(2) == 0 ? null : Amount(random));
                await fixture.Activities.UpdateAsync(owner, live[index], patch, None);
                moves++;
            }
            else
            {
                Assert.NotNull(await fixture.Activities.DeleteAsync(owner, live[index], None));
                live[index] = live[^1];
                live.RemoveAt(live.Count - 1);
                deletes++;
            }
        }

        var stored = await fixture.Activities.GetDayTotalsAsync(goals, null, None);
        var recomputed = await RecomputeAsync(goals);

        Assert.True(logs > 5_000 && edits > 1_000 && moves > 1_000 && deletes > 1_000, $"{logs}/{edits}/{moves}/{deletes}");
        Assert.Equal(live.Count, stored.Values.Sum(days => days.Sum(day => day.Count)));
        foreach (var goal in goals)
        {
            Assert.Equal(recomputed[goal].Select(day => (day.Date, day.Count)), stored[goal].Select(day => (day.Date, day.Count)));
            Assert.All(
                stored[goal].Zip(recomputed[goal]),
                pair => Assert.True(
                    Math.Abs(pair.First.Amount - pair.Second.Amount) <= 1e-9 * Math.Max(1, Math.Abs(pair.Second.Amount)),
                    $"{pair.First} differs from the recomputed {pair.Second}"));
        }
    }

    [Fact]
    public async Task Taking_a_large_amount_out_again_leaves_the_small_ones_exact()
    {
        var owner = "totals|" + Guid.NewGuid().ToString("N");
        var goal = (await fixture.Goals.CreateAsync(NewGoal(owner), None)).Id;
        var at = FirstDay.AtMidnight().InUtc().ToInstant();
        var large = await fixture.Activities.AppendAsync(new NewActivity(owner, goal, at, FirstDay, 1e9), None);
        await fixture.Activities.AppendAsync(new NewActivity(owner, goal, at, FirstDay, 0.1), None);
        await fixture.Activities.AppendAsync(new NewActivity(owner, goal, at, FirstDay, 0.2), None);
        var moved = await fixture.Activities.AppendAsync(new NewActivity(owner, goal, at, FirstDay, 123456.789), None);

        await fixture.Activities.DeleteAsync(owner, large.Activity!.Id, None);
        await fixture.Activities.UpdateAsync(owner, moved.Activity!.Id, new ActivityPatch(Date: FirstDay.PlusDays(1)), None);

        // Plain increments would leave 1e9 + 0.1 + 0.2 - 1e9, about 2e-8 off: the rounding residue of the large amount.
        Assert.Equal(
            [new DayTotal(FirstDay, 0.1 + 0.2, 2), new DayTotal(FirstDay.PlusDays(1), 123456.789, 1)],
            await fixture.Activities.GetDayTotalsAsync(goal, null, None));
    }

    /// <summary>Mostly everyday amounts, some with many decimals, and now and then the largest and smallest allowed.</summary>
    private static double Amount(Random random) => random.Next(20) switch
    {
        0 => 1e9,
        1 => 0.000001,
        < 8 => random.Next(1, 100),
        _ => Math.Round(random.NextDouble() * 1000, random.Next(1, 7)) + 0.000001,
    };

    private static NewGoal NewGoal(string owner) => new(
        owner, "Run", null, GoalCategory.Fitness, GoalPattern.Target, 5, "km", GoalPeriod.Day, GoalDefinition.EveryDay,
        null, FirstDay, null);

    /// <summary>The full recompute: every day's sum and count straight from the activities.</summary>
    private async Task<Dictionary<string, List<DayTotal>>> RecomputeAsync(IReadOnlyList<string> goals)
    {
        await using var connection = await SqliteFile.OpenAsync(fixture.FilePath);
        var result = goals.ToDictionary(goal => goal, _ => new List<DayTotal>());
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT goal_id, date, SUM(amount), COUNT(*) FROM activities GROUP BY goal_id, date ORDER BY goal_id, date;";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            if (result.TryGetValue(reader.GetString(0), out var days))
            {
                days.Add(new DayTotal(LocalDate.FromDateTime(DateTime.Parse(reader.GetString(1), System.Globalization.CultureInfo.InvariantCulture)), reader.GetDouble(2), reader.GetInt32(3)));
            }
        }

        return result;
    }
}
