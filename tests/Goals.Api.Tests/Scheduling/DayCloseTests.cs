using Goals.Api.Common;
using Goals.Api.Goals;
using Goals.Api.Tests.Goals;
using Goals.Domain;
using Goals.Storage.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Goals.Api.Tests.Scheduling;

public sealed class DayCloseTests(JobsApi api) : IClassFixture<JobsApi>
{
    private static readonly LocalDate Nov18 = new(2026, 11, 18);
    private static readonly LocalDate Nov24 = new(2026, 11, 24);

    private static Instant Utc(int month, int day, int hour, int minute = 0) => Instant.FromUtc(2026, month, day, hour, minute);

    [Fact]
    public async Task Closing_days_stores_snapshots_stats_and_one_streak_broken_per_ended_run()
    {
        var goal = await SeedHabitAsync("close-basic");
        await api.CloseDaysAsync(Utc(11, 19, 0, 30));

        await api.CloseDaysAsync(Utc(11, 25, 0, 30));

        Assert.Equal(
            ["2026-11-18 1 1 True 1", "2026-11-19 1 1 True 2", "2026-11-20 1 1 True 3", "2026-11-21 0 1 False 0",
             "2026-11-22 1 1 True 1", "2026-11-23 1 1 True 2", "2026-11-24 0 1 False 0"],
            (await api.SnapshotsAsync(goal.Id, Nov18, Nov24)).Select(s => $"{s.Date:yyyy-MM-dd} {s.Value} {s.Target} {s.Met} {s.Streak}"));
        Assert.Equal(
            ["2026-11-20 1 1/1 True", "2026-11-21 0 0/1 False"],
            (await api.StatsAsync("close-basic", new(2026, 11, 20), new(2026, 11, 21)))
                .Select(s => $"{s.Date:yyyy-MM-dd} {s.Activities} {s.GoalsMet}/{s.GoalsDue} {s.Perfect}"));
        Assert.Equal(
            ["Your streak of 3 on \"Meditate\" ended on 2026-11-21.", "Your streak of 2 on \"Meditate\" ended on 2026-11-24."],
            (await api.InboxAsync("close-basic", NotificationKind.StreakBroken)).Select(n => n.Message));
        Assert.Equal("2026-11-24", await api.CheckpointAsync("close-basic"));
    }

    [Fact]
    public async Task A_first_close_back_fills_every_day_but_announces_only_the_last_day_s_news()
    {
        var goal = await SeedHabitAsync("close-first");

        await api.CloseDaysAsync(Utc(11, 25, 0, 30));

        Assert.Equal(7, (await api.SnapshotsAsync(goal.Id, Nov18, Nov24)).Count);
        Assert.Equal(
            ["Your streak of 2 on \"Meditate\" ended on 2026-11-24."],
            (await api.InboxAsync("close-first", NotificationKind.StreakBroken)).Select(n => n.Message));
    }

    [Fact]
    public async Task Goal_history_and_dailyStats_return_exactly_what_the_day_close_stored()
    {
        var goal = await SeedHabitAsync("close-match");
        await api.CloseDaysAsync(Utc(11, 25, 0, 30));
        using var client = api.ClientFor("close-match");

        var data = await client.DataAsync(
            """
            query($id: ID!) {
              goal(id: $id) { history(from: "2026-11-18", to: "2026-11-25") { date value target met excused streak } }
              dailyStats(from: "2026-11-18", to: "2026-11-24") { date activities goalsDue goalsMet perfect }
            }
            """,
            new { id = GoalIds.Encode(goal.Id) });

        Assert.Equal(
            (await api.SnapshotsAsync(goal.Id, Nov18, Nov24)).Select(s =>
                $"{s.Date:yyyy-MM-dd} {s.Value} {s.Target} {(s.Met is { } met ? met ? "true" : "false" : "null")} {(s.Excused ? "true" : "false")} {s.Streak}"),
            data["goal"]!["history"]!.AsArray().SkipLast(1).Select(d =>
                $"{d!["date"]} {d["value"]} {d["target"]} {d["met"]?.ToJsonString() ?? "null"} {d["excused"]} {d["streak"]}"));
        Assert.Equal(
            (await api.StatsAsync("close-match", Nov18, Nov24)).Select(s =>
                $"{s.Date:yyyy-MM-dd} {s.Activities} {s.GoalsDue} {s.GoalsMet} {(s.Perfect ? "true" : "false")}"),
            data["dailyStats"]!.AsArray().Select(d =>
                $"{d!["date"]} {d["activities"]} {d["goalsDue"]} {d["goalsMet"]} {d["perfect"]}"));
    }

    [Fact]
    public async Task Running_a_closed_day_again_changes_nothing()
    {
        var goal = await SeedHabitAsync("close-twice");
        await api.CloseDaysAsync(Utc(11, 19, 0, 30));
        await api.CloseDaysAsync(Utc(11, 25, 0, 30));
        var before = await api.SnapshotsAsync(goal.Id, Nov18, Nov24);

        await api.CloseDaysAsync(Utc(11, 25, 0, 45));
        await api.WithScope(services => services.GetRequiredService<Api.Scheduling.DayCloseService>()
            .CloseDateAsync(new LocalDate(2026, 11, 21), Utc(11, 25, 1), CancellationToken.None));

        Assert.Equal(before, await api.SnapshotsAsync(goal.Id, Nov18, Nov24));
        Assert.Equal(2, (await api.InboxAsync("close-twice", NotificationKind.StreakBroken)).Count);
        Assert.Equal("2026-11-24", await api.CheckpointAsync("close-twice"));
    }

    [Fact]
    public async Task After_three_days_of_downtime_the_next_sweep_closes_the_three_missed_days_in_order()
    {
        await api.UseZoneAsync("downtime", "Etc/UTC");
        var seed = api.Seed("downtime");
        var goal = await seed.GoalAsync("Read", GoalPattern.Habit, 1, new LocalDate(2026, 11, 10));
        await seed.LogDailyAsync(goal, new LocalDate(2026, 11, 10), Nov24);
        await api.CloseDaysAsync(Utc(11, 20, 0, 5));
        Assert.Equal("2026-11-19", await api.CheckpointAsync("downtime"));
        Assert.Empty(await api.SnapshotsAsync(goal.Id, new(2026, 11, 20), Nov24));

        await api.CloseDaysAsync(Utc(11, 23, 9));

        Assert.Equal(
            ["2026-11-20 11", "2026-11-21 12", "2026-11-22 13"],
            (await api.SnapshotsAsync(goal.Id, new(2026, 11, 20), Nov24)).Select(s => $"{s.Date:yyyy-MM-dd} {s.Streak}"));
        Assert.Equal("2026-11-22", await api.CheckpointAsync("downtime"));
    }

    [Fact]
    public async Task A_user_whose_only_request_created_a_goal_is_swept()
    {
        using var client = api.ClientFor("close-first-request");
        var payload = await client.MutateAsync(
            "createGoal", "CreateGoalInput", new { title = "Walk", pattern = "HABIT", target = 1, startDate = "2026-11-23" });
        Assert.True(GoalIds.TryDecode(payload["goal"]!["id"]!.GetValue<string>(), out var goalId));

        await api.CloseDaysAsync(Utc(11, 25, 0, 30));

        Assert.Equal("2026-11-24", await api.CheckpointAsync("close-first-request"));
        Assert.Equal(
            ["2026-11-23 False", "2026-11-24 False"],
            (await api.SnapshotsAsync(goalId, new(2026, 11, 23), Nov24)).Select(s => $"{s.Date:yyyy-MM-dd} {s.Met}"));
    }

    private async Task<GoalRecord> SeedHabitAsync(string userId)
    {
        await api.UseZoneAsync(userId, "Etc/UTC");
        var seed = api.Seed(userId);
        var goal = await seed.GoalAsync("Meditate", GoalPattern.Habit, 1, Nov18);
        await seed.LogDailyAsync(goal, Nov18, new LocalDate(2026, 11, 20));
        await seed.LogDailyAsync(goal, new LocalDate(2026, 11, 22), new LocalDate(2026, 11, 23));
        return goal;
    }
}
