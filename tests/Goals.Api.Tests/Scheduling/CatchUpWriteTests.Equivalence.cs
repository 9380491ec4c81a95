using Goals.Api.Common;
using Goals.Domain;
using Goals.Storage.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Goals.Api.Tests.Scheduling;

/// <summary>
/// The catch-up's equivalence: two hosts seeded alike, one closing each day in its own sweep and one closing the
/// whole week in one, store the same snapshots, statistics, checkpoint and notifications.
/// </summary>
public sealed partial class CatchUpWriteTests
{
    [Fact]
    public async Task Catching_up_a_week_in_one_sweep_stores_exactly_what_closing_each_day_in_its_own_sweep_stores()
    {
        using var daily = new RecordedStoreApi();
        using var late = new RecordedStoreApi();
        var dailyGoals = await SeedWeekAsync(daily);
        var lateGoals = await SeedWeekAsync(late);
        for (var date = new LocalDate(2026, 11, 18); date <= Nov24.PlusDays(1); date = date.PlusDays(1))
        {
            await daily.CloseDaysAsync(HalfPastMidnight(date));
        }

        await late.CloseDaysAsync(HalfPastMidnight(new LocalDate(2026, 11, 18)));
        await late.CloseDaysAsync(HalfPastMidnight(Nov24.PlusDays(1)));

        var expected = await StoredAsync(daily, dailyGoals);
        Assert.Contains(expected, line => line.StartsWith("StreakBroken ", StringComparison.Ordinal));
        Assert.Contains(expected, line => line.StartsWith("MilestoneReached ", StringComparison.Ordinal));
        Assert.Equal(expected, await StoredAsync(late, lateGoals));
    }

    // Five goals over November: breaks, a LIMIT week over its cap, a FREQUENCY week short of its count, and a daily
    // LIMIT whose run since the 14th reaches 7 days (a milestone the close earns) on the 20th.
    private static async Task<IReadOnlyList<GoalRecord>> SeedWeekAsync(RecordedStoreApi api)
    {
        await api.UseUtcAsync("same-week");
        var seed = api.Seed("same-week");
        var start = new LocalDate(2026, 11, 1);
        var walk = await seed.GoalAsync("Walk", GoalPattern.Habit, 1, start);
        var sweets = await seed.GoalAsync("Sweets", GoalPattern.Limit, 3, start, GoalPeriod.Week);
        var gym = await seed.GoalAsync("Gym", GoalPattern.Frequency, 3, start, GoalPeriod.Week);
        var pages = await seed.GoalAsync("Pages", GoalPattern.Target, 8, start);
        var coffee = await seed.GoalAsync("Coffee", GoalPattern.Limit, 2, start);
        await seed.LogAsync(coffee, new LocalDate(2026, 11, 13), 3);
        for (var date = start; date <= Nov24; date = date.PlusDays(1))
        {
            if (date.Day is not (20 or 23))
            {
                await seed.LogAsync(walk, date);
            }

            if (date.Day is 3 or 10 or 11 or 12 or 13 or 18)
            {
                await seed.LogAsync(sweets, date);
            }

            if (date.DayOfWeek is IsoDayOfWeek.Monday or IsoDayOfWeek.Wednesday or IsoDayOfWeek.Friday && date.Day != 20)
            {
                await seed.LogAsync(gym, date);
            }

            await seed.LogAsync(pages, date, date.Day % 2 == 0 ? 8 : 5);
        }

        return [walk, sweets, gym, pages, coffee];
    }

    // Goal ids differ between the two hosts: every line names the goal by its title (ids, raw or encoded, replaced).
    private static async Task<List<string>> StoredAsync(RecordedStoreApi api, IReadOnlyList<GoalRecord> goals)
    {
        var history = api.Services.GetRequiredService<IHistoryStore>();
        var november = new DateInterval(new LocalDate(2026, 11, 1), Nov24);
        var lines = new List<string> { $"checkpoint {await api.CheckpointAsync("same-week")}" };
        foreach (var goal in goals)
        {
            lines.AddRange((await history.ListSnapshotsAsync(goal.Id, november, CancellationToken.None))
                .Select(s => $"{goal.Title} {Iso(s.Date)} {s.Value} {s.Target} {s.Met} {s.Excused} {s.Streak}"));
        }

        lines.AddRange((await history.ListStatsAsync("same-week", november, CancellationToken.None))
            .Select(s => $"stats {Iso(s.Date)} {s.Activities} {s.GoalsDue} {s.GoalsMet} {s.Perfect}"));
        var inbox = await api.Services.GetRequiredService<INotificationStore>().ListAfterAsync("same-week", 0, 500, CancellationToken.None);
        lines.AddRange(inbox.OrderBy(n => n.Sequence).Select(n => goals.Aggregate(
            $"{n.Kind} {n.Message} {n.UniqueKey} {n.Data}", (line, goal) => line
                .Replace(GoalIds.Encode(goal.Id), goal.Title, StringComparison.Ordinal)
                .Replace(goal.Id, goal.Title, StringComparison.Ordinal))));
        return lines;
    }
}
