using Goals.Api.Scheduling;
using Goals.Domain;
using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Api.Tests.Scheduling;

/// <summary>STREAK_AT_RISK at each user's own hour: chosen, the server default, or off; on ordinary and DST days.</summary>
public sealed class StreakReminderHourTests(JobsApi api) : IClassFixture<JobsApi>
{
    [Fact]
    public async Task A_user_who_chose_seven_is_reminded_at_seven_local_and_not_at_six_fifty_nine()
    {
        var goal = await StreakOfFiveAsync("hour-berlin");
        await ChooseAsync("hour-berlin", """timeZone: "Europe/Berlin", streakReminderHour: 7""");

        // Berlin is UTC+1 in November: 05:59 UTC is 06:59 local, 06:00 UTC is 07:00.
        await api.RemindAsync(Instant.FromUtc(2026, 11, 25, 5, 59));
        Assert.Empty(await api.InboxAsync("hour-berlin", NotificationKind.StreakAtRisk));
        await api.RemindAsync(Instant.FromUtc(2026, 11, 25, 6, 0));
        await api.RemindAsync(Instant.FromUtc(2026, 11, 25, 6, 10));

        var sent = Assert.Single(await api.InboxAsync("hour-berlin", NotificationKind.StreakAtRisk));
        Assert.Equal(("Your streak of 5 on \"Meditate\" is at risk: it is not met yet.", goal.Id), (sent.Message, sent.GoalId));
    }

    [Fact]
    public async Task A_user_who_never_chose_is_reminded_from_the_server_default_of_eight_pm()
    {
        await StreakOfFiveAsync("hour-default");
        using var client = api.ClientFor("hour-default");
        Assert.Equal(20, (await client.DataAsync("{ me { streakReminderHour } }"))["me"]!["streakReminderHour"]!.GetValue<int>());

        await api.RemindAsync(Instant.FromUtc(2026, 11, 25, 19, 59));
        Assert.Empty(await api.InboxAsync("hour-default", NotificationKind.StreakAtRisk));
        await api.RemindAsync(Instant.FromUtc(2026, 11, 25, 20, 0));

        Assert.Single(await api.InboxAsync("hour-default", NotificationKind.StreakAtRisk));
    }

    [Fact]
    public async Task A_user_who_turned_the_reminder_off_gets_no_streak_at_risk_but_still_behind_pace()
    {
        await StreakOfFiveAsync("hour-off");
        var seed = api.Seed("hour-off");
        var pages = await seed.GoalAsync("Read 100 pages", GoalPattern.Cumulative, 100, new LocalDate(2026, 11, 1),
            deadline: new LocalDate(2026, 12, 5));
        await seed.LogAsync(pages, new LocalDate(2026, 11, 2), 10);
        await ChooseAsync("hour-off", "streakReminderHour: 7");
        await ChooseAsync("hour-off", "streakReminderHour: null");

        await api.RemindAsync(Instant.FromUtc(2026, 11, 25, 7, 0));
        await api.RemindAsync(Instant.FromUtc(2026, 11, 25, 20, 0));
        await api.RemindAsync(Instant.FromUtc(2026, 11, 25, 23, 59));

        Assert.Empty(await api.InboxAsync("hour-off", NotificationKind.StreakAtRisk));
        Assert.Equal(pages.Id, Assert.Single(await api.InboxAsync("hour-off", NotificationKind.BehindPace)).GoalId);
    }

    [Fact]
    public async Task On_the_fall_back_day_a_one_am_reminder_goes_out_at_the_first_one_am_and_only_once()
    {
        var seed = api.Seed("hour-fall");
        var goal = await seed.GoalAsync("Meditate", GoalPattern.Habit, 1, new LocalDate(2026, 10, 25));
        await seed.LogDailyAsync(goal, new LocalDate(2026, 10, 25), new LocalDate(2026, 10, 31));
        await ChooseAsync("hour-fall", """timeZone: "America/New_York", streakReminderHour: 1""");

        // 2026-11-01 in New York: 01:00 EDT is 05:00 UTC; clocks go back at 02:00 EDT, so 01:00 EST (06:00 UTC) follows.
        await api.RemindAsync(Instant.FromUtc(2026, 11, 1, 4, 59));
        Assert.Empty(await api.InboxAsync("hour-fall", NotificationKind.StreakAtRisk));
        await api.RemindAsync(Instant.FromUtc(2026, 11, 1, 5, 0));
        await api.RemindAsync(Instant.FromUtc(2026, 11, 1, 6, 0));

        var sent = Assert.Single(await api.InboxAsync("hour-fall", NotificationKind.StreakAtRisk));
        Assert.Equal($"StreakAtRisk:hour-fall:{goal.Id}:2026-11-01", sent.UniqueKey);
        Assert.Equal("Your streak of 7 on \"Meditate\" is at risk: it is not met yet.", sent.Message);
    }

    [Fact]
    public async Task On_the_spring_forward_day_a_two_am_reminder_that_does_not_exist_goes_out_at_three_am()
    {
        var seed = api.Seed("hour-spring");
        var goal = await seed.GoalAsync("Meditate", GoalPattern.Habit, 1, new LocalDate(2026, 3, 1));
        await seed.LogDailyAsync(goal, new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 7));
        await ChooseAsync("hour-spring", """timeZone: "America/New_York", streakReminderHour: 2""");

        // 2026-03-08 in New York: 01:59 EST is 06:59 UTC, and the next minute is 03:00 EDT (07:00 UTC).
        await api.RemindAsync(Instant.FromUtc(2026, 3, 8, 6, 59));
        Assert.Empty(await api.InboxAsync("hour-spring", NotificationKind.StreakAtRisk));
        await api.RemindAsync(Instant.FromUtc(2026, 3, 8, 7, 0));

        var sent = Assert.Single(await api.InboxAsync("hour-spring", NotificationKind.StreakAtRisk));
        Assert.Equal($"StreakAtRisk:hour-spring:{goal.Id}:2026-03-08", sent.UniqueKey);
    }

    [Theory]
    [InlineData(null, 18)]
    [InlineData(7, 7)]
    [InlineData(0, 0)]
    public void The_hour_is_the_user_s_choice_or_else_the_configured_default(int? chosen, int expected)
    {
        var user = new UserRecord("u", UserSettings.Default, Instant.MinValue, Instant.MinValue,
            chosen is { } hour ? StreakReminderChoice.At(hour) : null);

        Assert.Equal(expected, ReminderRules.StreakReminderHour(user, serverDefault: 18));
    }

    [Fact]
    public void A_user_who_turned_it_off_has_no_hour_whatever_the_default()
    {
        var user = new UserRecord("u", UserSettings.Default, Instant.MinValue, Instant.MinValue, StreakReminderChoice.Off);

        Assert.Null(ReminderRules.StreakReminderHour(user, serverDefault: 18));
    }

    /// <summary>"Meditate" done Nov 20–24 and not yet on Wednesday Nov 25: a streak of 5 at risk.</summary>
    private async Task<GoalRecord> StreakOfFiveAsync(string userId)
    {
        var seed = api.Seed(userId);
        var goal = await seed.GoalAsync("Meditate", GoalPattern.Habit, 1, new LocalDate(2026, 11, 20));
        await seed.LogDailyAsync(goal, new LocalDate(2026, 11, 20), new LocalDate(2026, 11, 24));
        return goal;
    }

    private async Task ChooseAsync(string userId, string input)
    {
        using var client = api.ClientFor(userId);
        var data = await client.DataAsync(
            $$"""mutation { updateSettings(input: { {{input}} }) { errors { __typename } } }""");
        Assert.Null(data["updateSettings"]!["errors"]);
    }
}
