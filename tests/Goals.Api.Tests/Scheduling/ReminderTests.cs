using Goals.Api.Common;
using Goals.Domain;
using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Api.Tests.Scheduling;

public sealed class ReminderTests(JobsApi api) : IClassFixture<JobsApi>
{
    [Fact]
    public async Task Streak_at_risk_goes_out_once_from_eight_pm_local_for_unmet_streaks_of_two_or_more()
    {
        await api.UseZoneAsync("remind-tokyo", "Asia/Tokyo");
        var seed = api.Seed("remind-tokyo");
        var long_ = await seed.GoalAsync("Meditate", GoalPattern.Habit, 1, new LocalDate(2026, 11, 20));
        await seed.LogDailyAsync(long_, new LocalDate(2026, 11, 20), new LocalDate(2026, 11, 24));
        var short_ = await seed.GoalAsync("Floss", GoalPattern.Habit, 1, new LocalDate(2026, 11, 24));
        await seed.LogAsync(short_, new LocalDate(2026, 11, 24));
        var done = await seed.GoalAsync("Water", GoalPattern.Habit, 1, new LocalDate(2026, 11, 20));
        await seed.LogDailyAsync(done, new LocalDate(2026, 11, 20), new LocalDate(2026, 11, 25));

        // 10:59 UTC is 19:59 in Tokyo; 11:00 UTC is 20:00.
        await api.RemindAsync(Instant.FromUtc(2026, 11, 25, 10, 59));
        Assert.Empty(await api.InboxAsync("remind-tokyo", NotificationKind.StreakAtRisk));
        await api.RemindAsync(Instant.FromUtc(2026, 11, 25, 11, 0));
        await api.RemindAsync(Instant.FromUtc(2026, 11, 25, 11, 15));

        var sent = Assert.Single(await api.InboxAsync("remind-tokyo", NotificationKind.StreakAtRisk));
        Assert.Equal(("Your streak of 5 on \"Meditate\" is at risk: it is not met yet.", long_.Id),
            (sent.Message, sent.GoalId));
    }

    [Fact]
    public async Task Behind_pace_is_sent_only_within_fourteen_days_of_a_cumulative_deadline()
    {
        await api.UseZoneAsync("remind-pace", "Etc/UTC");
        var seed = api.Seed("remind-pace");
        var near = await seed.GoalAsync("Read 100 pages", GoalPattern.Cumulative, 100, new LocalDate(2026, 11, 1),
            deadline: new LocalDate(2026, 12, 5));
        var far = await seed.GoalAsync("Run 100 km", GoalPattern.Cumulative, 100, new LocalDate(2026, 11, 1),
            deadline: new LocalDate(2027, 1, 31));
        await seed.LogAsync(near, new LocalDate(2026, 11, 2), 10);
        await seed.LogAsync(far, new LocalDate(2026, 11, 2), 1);

        await api.RemindAsync(Instant.FromUtc(2026, 11, 25, 9, 0));
        await api.RemindAsync(Instant.FromUtc(2026, 11, 25, 9, 10));

        var sent = Assert.Single(await api.InboxAsync("remind-pace", NotificationKind.BehindPace));
        Assert.Equal(near.Id, sent.GoalId);
        Assert.StartsWith("\"Read 100 pages\" is behind pace: 10 of 100, expected ", sent.Message, StringComparison.Ordinal);
        Assert.EndsWith("; deadline 2026-12-05.", sent.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_weekly_summary_arrives_once_on_the_first_day_of_the_user_s_week()
    {
        await api.UseZoneAsync("remind-week", "Etc/UTC", IsoDayOfWeek.Sunday);
        var seed = api.Seed("remind-week");
        var goal = await seed.GoalAsync("Meditate", GoalPattern.Habit, 1, new LocalDate(2026, 11, 15));
        foreach (var day in new[] { 15, 16, 17, 19, 20 })
        {
            await seed.LogAsync(goal, new LocalDate(2026, 11, day), 2);
        }

        await api.RemindAsync(Instant.FromUtc(2026, 11, 21, 23, 0));
        Assert.Empty(await api.InboxAsync("remind-week", NotificationKind.WeeklySummary));
        await api.RemindAsync(Instant.FromUtc(2026, 11, 22, 0, 5));
        await api.RemindAsync(Instant.FromUtc(2026, 11, 22, 0, 20));

        // Sunday 15 – Saturday 21: met on 5 of 7 days, 10 logged, best run Sun–Tue.
        var sent = Assert.Single(await api.InboxAsync("remind-week", NotificationKind.WeeklySummary));
        Assert.Equal("Your week: \"Meditate\" 71% success, total 10, best streak 3", sent.Message);
        Assert.Equal("""[{"goalId":"GOAL","title":"Meditate","successRate":0.7142857142857143,"total":10,"bestStreak":3}]""",
            sent.Data!.Replace(Api.Common.GoalIds.Encode(goal.Id), "GOAL", StringComparison.Ordinal));
    }
}
