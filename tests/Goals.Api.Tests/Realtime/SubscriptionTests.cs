using Goals.Api.Infrastructure.Events;
using Goals.Api.Tests.Activities;
using Goals.Api.Tests.Goals;
using Goals.Api.Tests.Support;
using Goals.Storage.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Goals.Api.Tests.Realtime;

public sealed class SubscriptionTests(KestrelApiFactory factory) : IClassFixture<KestrelApiFactory>
{
    [Fact]
    public void These_subscriptions_travel_over_a_real_loopback_socket()
    {
        using var http = factory.CreateClient();

        Assert.DoesNotContain("TestServer", factory.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().GetType().Name, StringComparison.Ordinal);
        Assert.True(http.BaseAddress!.IsLoopback && http.BaseAddress.Port > 0, http.BaseAddress.ToString());
    }

    [Fact]
    public async Task A_goal_subscriber_receives_the_goal_after_each_log()
    {
        using var client = factory.ClientFor("watcher");
        var goalId = await client.CreateIdAsync(new { title = "Read", pattern = "TARGET", target = 20, unit = "pages" });
        await using var socket = await AckedAsync("watcher");
        await socket.SubscribeAsync("1", "subscription($id: ID!) { onGoalProgress(goalId: $id) { id progress { current } } }", new { id = goalId });
        await WaitForSubscriberAsync("watcher");

        await client.LogAsync(new { goalId, amount = 12 });
        var first = await socket.ReceiveSkippingPingsAsync();
        await client.LogAsync(new { goalId, amount = 5 });
        var second = await socket.ReceiveSkippingPingsAsync();

        Assert.Equal("next", first["type"]!.GetValue<string>());
        Assert.Equal(12, first["payload"]!["data"]!["onGoalProgress"]!["progress"]!["current"]!.GetValue<double>());
        Assert.Equal(17, second["payload"]!["data"]!["onGoalProgress"]!["progress"]!["current"]!.GetValue<double>());
    }

    [Fact]
    public async Task Subscribing_to_another_users_goal_is_an_error_like_an_unknown_goal()
    {
        using var owner = factory.ClientFor("owner");
        var goalId = await owner.CreateIdAsync(new { title = "Private", pattern = "HABIT", target = 1 });
        await using var socket = await AckedAsync("intruder");

        await socket.SubscribeAsync("1", "subscription($id: ID!) { onGoalProgress(goalId: $id) { id } }", new { id = goalId });
        var answer = await socket.ReceiveSkippingPingsAsync();
        var end = await socket.ReceiveSkippingPingsAsync();

        // As in graphql-js: an error creating the event stream is one result with errors and no data, then the end.
        Assert.Equal("next", answer["type"]!.GetValue<string>());
        Assert.Null(answer["payload"]!["data"]);
        Assert.Equal("NOT_FOUND", answer["payload"]!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("complete", end["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_resubscriber_with_after_receives_exactly_the_notifications_it_missed_then_live_ones()
    {
        var inbox = factory.Services.GetRequiredService<INotificationStore>();
        var seen = await inbox.AddAsync(new NewNotification("reader", NotificationKind.StreakBroken, "seen"), CancellationToken.None);
        await inbox.AddAsync(new NewNotification("reader", NotificationKind.MilestoneReached, "missed 1"), CancellationToken.None);
        await inbox.AddAsync(new NewNotification("reader", NotificationKind.GoalCompleted, "missed 2"), CancellationToken.None);
        await inbox.AddAsync(new NewNotification("someone-else", NotificationKind.GoalCompleted, "not yours"), CancellationToken.None);
        await using var socket = await AckedAsync("reader");

        await socket.SubscribeAsync("n", "subscription($after: String) { onNotification(after: $after) { message sequence } }",
            new { after = seen.Notification.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var replayed = new[] { await socket.ReceiveSkippingPingsAsync(), await socket.ReceiveSkippingPingsAsync() };
        await inbox.AddAsync(new NewNotification("reader", NotificationKind.WeeklySummary, "live"), CancellationToken.None);
        var live = await socket.ReceiveSkippingPingsAsync();

        Assert.Equal(["missed 1", "missed 2", "live"], replayed.Append(live).Select(Message));
    }

    [Fact]
    public async Task A_kinds_filter_leaves_other_notifications_out()
    {
        var inbox = factory.Services.GetRequiredService<INotificationStore>();
        await using var socket = await AckedAsync("picky");
        await socket.SubscribeAsync("n", "subscription { onNotification(kinds: [GOAL_COMPLETED]) { message kind } }");
        await WaitForSubscriberAsync("picky");

        await inbox.AddAsync(new NewNotification("picky", NotificationKind.StreakAtRisk, "reminder"), CancellationToken.None);
        await inbox.AddAsync(new NewNotification("picky", NotificationKind.GoalCompleted, "done"), CancellationToken.None);
        var received = await socket.ReceiveSkippingPingsAsync();

        Assert.Equal("done", Message(received));
    }

    [Fact]
    public async Task A_bad_token_in_connection_init_closes_the_socket_with_4403()
    {
        var socket = await TransportWsClient.ConnectAsync(factory, "not-a-token");
        await using (socket)
        {
            var answer = await socket.ReceiveAsync();

            Assert.Equal(4403, answer["code"]!.GetValue<int>());
        }
    }

    /// <summary>Subscriptions start asynchronously; a test publishes only once the bus has the subscriber.</summary>
    private async Task WaitForSubscriberAsync(string userId)
    {
        var bus = factory.Services.EventBus<InProcessEventBus>();
        for (var attempt = 0; attempt < 200 && bus.ObserverCount(Topics.User(userId)) == 0; attempt++)
        {
            await Task.Delay(25);
        }

        Assert.True(bus.ObserverCount(Topics.User(userId)) > 0, "the subscription never reached the bus");
    }

    private async Task<TransportWsClient> AckedAsync(string userId)
    {
        var socket = await TransportWsClient.ConnectAsync(factory, factory.TokenFor(userId));
        Assert.Equal("connection_ack", (await socket.ReceiveAsync())["type"]!.GetValue<string>());
        return socket;
    }

    private static string Message(System.Text.Json.Nodes.JsonObject next) =>
        next["payload"]!["data"]!["onNotification"]!["message"]!.GetValue<string>();
}
