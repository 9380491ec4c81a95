using Goals.Api.Tests.Activities;
using Goals.Api.Tests.Support;
using static Goals.Api.Tests.Milestones.MilestoneSupport;

namespace Goals.Api.Tests.Milestones;

public sealed class StreakMilestoneTests(KestrelApiFactory factory) : IClassFixture<KestrelApiFactory>
{
    [Fact]
    public async Task A_subscriber_receives_the_3_day_streak_once_after_the_third_daily_log()
    {
        using var client = factory.ClientFor("streaker");
        var goalId = await client.CreateHabitAsync("Meditate");
        await using var socket = await factory.SubscribeToNotificationsAsync("streaker");

        await client.LogAsync(new { goalId, date = Day(-2) });
        await client.LogAsync(new { goalId, date = Day(-1) });
        await client.LogAsync(new { goalId, idempotencyKey = "today-1" });
        var milestone = (await socket.ReceiveSkippingPingsAsync()).Notification();
        await client.LogAsync(new { goalId, idempotencyKey = "today-1" });
        await client.LogAsync(new { goalId, amount = 2 });
        await factory.AddSentinelAsync("streaker");
        var next = (await socket.ReceiveSkippingPingsAsync()).Notification();

        Assert.Equal("MILESTONE_REACHED 3-day streak on “Meditate”!", milestone.Line());
        Assert.Equal(goalId, milestone["goal"]!["id"]!.GetValue<string>());
        Assert.Equal("WEEKLY_SUMMARY sentinel", next.Line());
        var data = System.Text.Json.Nodes.JsonNode.Parse((await factory.DataOfAsync("streaker"))[0])!;
        Assert.Equal(
            (goalId, "STREAK", 3, Day(-2)),
            (data.Text("goalId"), data.Text("kind"), data["threshold"]!.GetValue<int>(), data.Text("runStartedOn")));
        Assert.Equal(2, (await factory.InboxAsync("streaker")).Count);
    }

    [Fact]
    public async Task Deleting_and_logging_a_day_again_does_not_repeat_the_milestone_of_the_same_run()
    {
        using var client = factory.ClientFor("relogger");
        var goalId = await client.CreateHabitAsync("Floss");
        await client.LogAsync(new { goalId, date = Day(-2) });
        var middle = await client.LogAsync(new { goalId, date = Day(-1) });
        await client.LogAsync(new { goalId });

        await client.DeleteAsync(middle["activity"]!.Text("id"));
        await client.LogAsync(new { goalId, date = Day(-1) });

        Assert.Equal(["MILESTONE_REACHED 3-day streak on “Floss”!"], await factory.InboxAsync("relogger"));
    }

    [Fact]
    public async Task A_backdated_log_that_joins_two_runs_earns_only_thresholds_above_the_longer_run()
    {
        using var client = factory.ClientFor("joiner");
        var goalId = await client.CreateHabitAsync("Stretch");
        await client.LogManyAsync([.. new[] { -7, -6, -5 }.Select(offset => new { goalId, date = Day(offset) })]);
        await client.LogManyAsync([.. new[] { -3, -2, -1 }.Select(offset => new { goalId, date = Day(offset) })]);

        await client.LogAsync(new { goalId, date = Day(-4) });
        await client.LogAsync(new { goalId });

        // The older run was back-filled and never current: only the current run's 3 days, then the joined run's 7.
        Assert.Equal(
            ["MILESTONE_REACHED 3-day streak on “Stretch”!", "MILESTONE_REACHED 7-day streak on “Stretch”!"],
            await factory.InboxAsync("joiner"));
        var data = await factory.DataOfAsync("joiner");
        Assert.Contains($"\"threshold\":3,\"runStartedOn\":\"{Day(-3)}\"", data[0], StringComparison.Ordinal);
        Assert.Contains($"\"threshold\":7,\"runStartedOn\":\"{Day(-7)}\"", data[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Skipping_the_missed_day_between_two_runs_earns_the_joined_runs_milestone()
    {
        using var client = factory.ClientFor("skipper");
        var goalId = await client.CreateHabitAsync("Journal");
        await client.LogManyAsync([.. new[] { -4, -3, -1, 0 }.Select(offset => new { goalId, date = Day(offset) })]);
        var beforeSkip = await factory.InboxAsync("skipper");

        await client.SkipDayAsync(goalId, Day(-2));

        Assert.Empty(beforeSkip);
        Assert.Equal(["MILESTONE_REACHED 3-day streak on “Journal”!"], await factory.InboxAsync("skipper"));
        Assert.Contains($"\"runStartedOn\":\"{Day(-4)}\"", (await factory.DataOfAsync("skipper"))[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Skipping_the_first_day_of_a_run_does_not_announce_the_shorter_run()
    {
        using var client = factory.ClientFor("shortener");
        var goalId = await client.CreateHabitAsync("Practise");
        await client.LogManyAsync([.. new[] { -3, -2, -1, 0 }.Select(offset => new { goalId, date = Day(offset) })]);

        await client.SkipDayAsync(goalId, Day(-3));

        Assert.Equal(["MILESTONE_REACHED 3-day streak on “Practise”!"], await factory.InboxAsync("shortener"));
    }

    [Fact]
    public async Task Moving_an_activity_onto_the_missing_day_earns_the_joined_run_s_milestone_once()
    {
        using var client = factory.ClientFor("mover");
        var goalId = await client.CreateHabitAsync("Read");
        await client.LogAsync(new { goalId, date = Day(-3) });
        await client.LogAsync(new { goalId, date = Day(-1) });
        var stray = await client.LogAsync(new { goalId, date = Day(-10) });

        await client.UpdateAsync(new { id = stray["activity"]!.Text("id"), date = Day(-2) });
        await client.UpdateAsync(new { id = stray["activity"]!.Text("id"), amount = 2 });

        Assert.Equal(["MILESTONE_REACHED 3-day streak on “Read”!"], await factory.InboxAsync("mover"));
    }

    [Fact]
    public async Task Deleting_an_activity_creates_no_notification()
    {
        using var client = factory.ClientFor("deleter");
        var goalId = await client.CreateHabitAsync("Walk");
        var logged = await client.LogManyAsync([.. new[] { -3, -2, -1 }.Select(offset => new { goalId, date = Day(offset) })]);

        await client.DeleteAsync(logged["results"]![0]!["activity"]!.Text("id"));

        Assert.Equal(["MILESTONE_REACHED 3-day streak on “Walk”!"], await factory.InboxAsync("deleter"));
    }

    [Fact]
    public async Task Parallel_logs_crossing_a_threshold_create_exactly_one_notification()
    {
        using var client = factory.ClientFor("racer");
        var goalId = await client.CreateHabitAsync("Read");
        await client.LogAsync(new { goalId, date = Day(-2) });
        await client.LogAsync(new { goalId, date = Day(-1) });

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.LogAsync(new { goalId })));

        Assert.Equal(["MILESTONE_REACHED 3-day streak on “Read”!"], await factory.InboxAsync("racer"));
    }
}
