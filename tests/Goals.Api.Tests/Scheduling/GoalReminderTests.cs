using Goals.Domain;
using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Api.Tests.Scheduling;

/// <summary>
/// A goal's own reminder time, driven by the reminders job at chosen instants: once per goal and local day, skipped
/// when the goal is done or not due, and the user's hour for goals without one. Wednesday 2026-11-25, UTC users.
/// </summary>
public sealed class GoalReminderTests(JobsApi api) : IClassFixture<JobsApi>
{
    private static readonly LocalDate Wednesday = new(2026, 11, 25);

    [Fact]
    public async Task A_goal_is_reminded_from_its_own_time_once_a_day_and_again_the_next_day()
    {
        var seed = await UserAsync("own-time");
        var goal = await seed.GoalAsync("Stretch", GoalPattern.Habit, 1, new LocalDate(2026, 11, 20), reminderTime: new LocalTime(7, 30));

        await api.RemindAsync(At(Wednesday, 7, 29));
        Assert.Empty(await api.InboxAsync("own-time", NotificationKind.StreakAtRisk));
        await api.RemindAsync(At(Wednesday, 7, 30));
        await api.RemindAsync(At(Wednesday, 7, 40));
        await api.RemindAsync(At(Wednesday, 20, 0));

        var sent = Assert.Single(await api.InboxAsync("own-time", NotificationKind.StreakAtRisk));
        Assert.Equal(("Reminder: \"Stretch\" is not done yet today.", goal.Id), (sent.Message, sent.GoalId));
        Assert.Equal($"StreakAtRisk:own-time:{goal.Id}:2026-11-25", sent.UniqueKey);

        await api.RemindAsync(At(Wednesday.PlusDays(1), 7, 30));
        Assert.Equal(2, (await api.InboxAsync("own-time", NotificationKind.StreakAtRisk)).Count);
    }

    [Fact]
    public async Task A_goal_done_today_is_not_reminded_and_a_target_only_part_way_there_is()
    {
        var seed = await UserAsync("done-today");
        var done = await seed.GoalAsync("Floss", GoalPattern.Habit, 1, new LocalDate(2026, 11, 20), reminderTime: new LocalTime(9, 0));
        await seed.LogAsync(done, Wednesday);
        var partWay = await seed.GoalAsync("Water", GoalPattern.Target, 8, new LocalDate(2026, 11, 20), unit: "glasses",
            reminderTime: new LocalTime(9, 0));
        await seed.LogAsync(partWay, Wednesday, 3);
        var reached = await seed.GoalAsync("Pages", GoalPattern.Target, 20, new LocalDate(2026, 11, 20), reminderTime: new LocalTime(9, 0));
        await seed.LogAsync(reached, Wednesday, 25);

        await api.RemindAsync(At(Wednesday, 9, 0));

        Assert.Equal([partWay.Id], (await api.InboxAsync("done-today", NotificationKind.StreakAtRisk)).Select(n => n.GoalId));
    }

    [Fact]
    public async Task A_goal_not_due_today_is_not_reminded()
    {
        var seed = await UserAsync("not-due");
        await seed.GoalAsync("Weekend run", GoalPattern.Habit, 1, new LocalDate(2026, 11, 20), reminderTime: new LocalTime(8, 0),
            schedule: new HashSet<IsoDayOfWeek> { IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday });
        var skipped = await seed.GoalAsync("Journal", GoalPattern.Habit, 1, new LocalDate(2026, 11, 20), reminderTime: new LocalTime(8, 0));
        await seed.SkipAsync(skipped, Wednesday);
        await seed.GoalAsync("Not started", GoalPattern.Habit, 1, Wednesday.PlusDays(1), reminderTime: new LocalTime(8, 0));

        await api.RemindAsync(At(Wednesday, 23, 0));

        Assert.Empty(await api.InboxAsync("not-due", NotificationKind.StreakAtRisk));
    }

    [Fact]
    public async Task Goals_without_a_time_follow_the_user_s_hour_and_a_goal_with_one_is_not_reminded_twice()
    {
        var seed = await UserAsync("mixed");
        var own = await seed.GoalAsync("Meditate", GoalPattern.Habit, 1, new LocalDate(2026, 11, 20), reminderTime: new LocalTime(7, 0));
        await seed.LogDailyAsync(own, new LocalDate(2026, 11, 20), new LocalDate(2026, 11, 24));
        var byHour = await seed.GoalAsync("Floss", GoalPattern.Habit, 1, new LocalDate(2026, 11, 20));
        await seed.LogDailyAsync(byHour, new LocalDate(2026, 11, 20), new LocalDate(2026, 11, 24));

        await api.RemindAsync(At(Wednesday, 7, 0));
        var morning = Assert.Single(await api.InboxAsync("mixed", NotificationKind.StreakAtRisk));
        Assert.Equal(("Reminder: \"Meditate\" is not done yet today; your streak of 5 is waiting for it.", own.Id),
            (morning.Message, morning.GoalId));

        await api.RemindAsync(At(Wednesday, 20, 0));

        var all = await api.InboxAsync("mixed", NotificationKind.StreakAtRisk);
        Assert.Equal([own.Id, byHour.Id], all.Select(n => n.GoalId));
        Assert.Equal("Your streak of 5 on \"Floss\" is at risk: it is not met yet.", all[1].Message);
    }

    [Fact]
    public async Task A_user_who_turned_the_hour_off_still_gets_the_reminders_they_set_on_goals()
    {
        var seed = await UserAsync("hour-off-own");
        var own = await seed.GoalAsync("Stretch", GoalPattern.Habit, 1, new LocalDate(2026, 11, 20), reminderTime: new LocalTime(18, 0));
        var byHour = await seed.GoalAsync("Floss", GoalPattern.Habit, 1, new LocalDate(2026, 11, 20));
        await seed.LogDailyAsync(byHour, new LocalDate(2026, 11, 20), new LocalDate(2026, 11, 24));
        using var client = api.ClientFor("hour-off-own");
        await client.DataAsync("mutation { updateSettings(input: { streakReminderHour: null }) { errors { __typename } } }");

        await api.RemindAsync(At(Wednesday, 21, 0));

        Assert.Equal([own.Id], (await api.InboxAsync("hour-off-own", NotificationKind.StreakAtRisk)).Select(n => n.GoalId));
    }

    private async Task<Insights.AccountSeeder> UserAsync(string userId)
    {
        await api.UseZoneAsync(userId, "Etc/UTC");
        return api.Seed(userId);
    }

    private static Instant At(LocalDate date, int hour, int minute) => date.At(new LocalTime(hour, minute)).InUtc().ToInstant();
}
