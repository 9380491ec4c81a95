using Goals.Api.Tests.Scheduling;
using Goals.Domain;
using Goals.Storage.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using static Goals.Api.Tests.Insights.InsightsTests;

namespace Goals.Api.Tests.Insights;

/// <summary>The day close refreshes the stored insights; the query serves them all day and adds the live ones.</summary>
public sealed class DayCloseInsightsTests(JobsApi api) : IClassFixture<JobsApi>
{
    // Just after midnight UTC on the pinned day: the 24th has ended, today is the 25th.
    private static readonly Instant AfterMidnight = Instant.FromUtc(2026, 11, 25, 0, 30);

    private IHistoryStore History => api.Services.GetRequiredService<IHistoryStore>();

    [Fact]
    public async Task The_day_close_stores_exactly_what_the_query_computed_before_it()
    {
        await api.UseZoneAsync("refresh-same", "Etc/UTC");
        var seed = api.Seed("refresh-same");
        var run = await seed.GoalAsync("Run", GoalPattern.Habit, 1, Nov(16));
        await seed.LogDailyAsync(run, Nov(16), Nov(24));
        var piano = await seed.GoalAsync("Piano", GoalPattern.Habit, 1, Nov(1));
        await seed.LogAsync(piano, Nov(2));
        using var client = api.ClientFor("refresh-same");
        var computed = await InsightsAsync(client);

        await api.CloseDaysAsync(AfterMidnight);
        var stored = await History.GetInsightsAsync("refresh-same", CancellationToken.None);

        Assert.NotNull(stored);
        Assert.Equal(Nov(25), stored.AsOf);
        Assert.Equal(
            [
                $"STREAK_RECORD {run.Id} Run: 9 days in a row, your longest run yet.",
                $"NEGLECTED {piano.Id} Piano: nothing logged for 23 days (last on 2026-11-02).",
                "LAST_7_DAYS - You logged 7 activities in the 7 days before today, up from 2 in the 7 days before that.",
                "BEST_WEEKDAY - Mondays are your most active days: 3 of your 10 activities in the 8 weeks before today.",
            ],
            stored.Insights.Select(insight => $"{insight.Kind} {insight.GoalId ?? "-"} {insight.Message}"));
        Assert.Equal(computed, await InsightsAsync(client));
    }

    [Fact]
    public async Task After_the_close_the_query_serves_the_stored_insights_all_day_and_adds_the_live_ones()
    {
        await api.UseZoneAsync("refresh-serve", "Etc/UTC");
        var seed = api.Seed("refresh-serve");
        var write = await seed.GoalAsync("Write", GoalPattern.Habit, 1, Nov(20));
        await seed.LogDailyAsync(write, Nov(20), Nov(24));
        await api.CloseDaysAsync(AfterMidnight);

        // Backdated later the same day: the stored record stays until the next close; the live rule sees it at once.
        var draw = await seed.GoalAsync("Draw", GoalPattern.Habit, 1, Nov(17));
        await seed.LogDailyAsync(draw, Nov(17), Nov(24));
        using var client = api.ClientFor("refresh-serve");

        Assert.Equal(
            [
                "AT_RISK_TODAY Write: Write: your 5-day streak is at risk; do it today to keep it.",
                "AT_RISK_TODAY Draw: Draw: your 8-day streak is at risk; do it today to keep it.",
                "STREAK_RECORD Write: Write: 5 days in a row, your longest run yet.",
                "PERFECT_WEEK -: Perfect week: you met every goal due from 2026-11-16 to 2026-11-22 (3 of 3).",
                "LAST_7_DAYS -: You logged 5 activities in the 7 days before today, up from 0 in the 7 days before that.",
            ],
            await InsightsAsync(client));
    }

    [Fact]
    public async Task Stored_insights_about_goals_no_longer_active_are_left_out_and_an_old_set_is_not_served()
    {
        var seed = api.Seed("refresh-stale");
        var kept = await seed.GoalAsync("Kept", GoalPattern.Habit, 1, Nov(1));
        var paused = await seed.GoalAsync("Paused", GoalPattern.Habit, 1, Nov(1), status: GoalStatus.Paused);
        var gone = await seed.GoalAsync("Gone", GoalPattern.Habit, 1, Nov(1));
        await api.Services.GetRequiredService<IGoalStore>().DeleteAsync("refresh-stale", gone.Id, CancellationToken.None);
        await History.SaveInsightsAsync(
            new InsightSet("refresh-stale", Nov(25),
            [
                new StoredInsight("STREAK_RECORD", "kept", kept.Id),
                new StoredInsight("STREAK_RECORD", "paused", paused.Id),
                new StoredInsight("NEGLECTED", "gone", gone.Id),
                new StoredInsight("LAST_7_DAYS", "all goals", null),
            ]),
            CancellationToken.None);
        using var client = api.ClientFor("refresh-stale");

        Assert.Equal(["STREAK_RECORD Kept: kept", "LAST_7_DAYS -: all goals"], await InsightsAsync(client));

        await History.SaveInsightsAsync(new InsightSet("old-set", Nov(24), [new StoredInsight("LAST_7_DAYS", "yesterday's", null)]), CancellationToken.None);
        using var other = api.ClientFor("old-set");
        Assert.Empty(await InsightsAsync(other));
    }
}
