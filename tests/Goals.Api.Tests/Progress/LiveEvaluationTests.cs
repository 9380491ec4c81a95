using Goals.Api.Infrastructure.Events;
using Goals.Api.Tests.Activities;
using Goals.Api.Tests.Goals;
using Goals.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Goals.Api.Tests.Progress;

/// <summary>A subscription is one long execution: its shared evaluations must start empty with every event.</summary>
public sealed class LiveEvaluationTests(KestrelApiFactory factory) : IClassFixture<KestrelApiFactory>
{
    [Fact]
    public async Task Each_goal_event_runs_the_engine_once_on_the_new_data_for_progress_and_streak()
    {
        const string user = "live-evaluations";
        using var client = factory.ClientFor(user);
        var goalId = await client.CreateIdAsync(new { title = "Read", pattern = "TARGET", target = 10, unit = "pages" });
        await using var socket = await TransportWsClient.ConnectAsync(factory, factory.TokenFor(user));
        Assert.Equal("connection_ack", (await socket.ReceiveAsync())["type"]!.GetValue<string>());
        await socket.SubscribeAsync(
            "1", "subscription($id: ID!) { onGoalProgress(goalId: $id) { progress { current } streak { current } } }", new { id = goalId });
        await WaitForSubscriberAsync(user);
        using var runs = new EvaluationCounter(factory.Services);

        await client.LogAsync(new { goalId, amount = 4 });
        var first = await socket.ReceiveSkippingPingsAsync();
        var runsForFirst = runs.Take();
        await client.LogAsync(new { goalId, amount = 6 });
        var second = await socket.ReceiveSkippingPingsAsync();
        var runsForSecond = runs.Take();

        Assert.Equal((4d, 0), Reading(first));
        Assert.Equal((10d, 1), Reading(second));
        Assert.Equal((1, 1), (runsForFirst, runsForSecond));
    }

    private static (double Current, int Streak) Reading(System.Text.Json.Nodes.JsonObject next)
    {
        var goal = next["payload"]!["data"]!["onGoalProgress"]!;
        return (goal["progress"]!.Number("current"), goal["streak"]!["current"]!.GetValue<int>());
    }

    /// <summary>Subscriptions start asynchronously; the test logs only once the bus has the subscriber.</summary>
    private async Task WaitForSubscriberAsync(string userId)
    {
        var bus = factory.Services.EventBus<InProcessEventBus>();
        for (var attempt = 0; attempt < 200 && bus.ObserverCount(Topics.User(userId)) == 0; attempt++)
        {
            await Task.Delay(25);
        }

        Assert.True(bus.ObserverCount(Topics.User(userId)) > 0, "the subscription never reached the bus");
    }
}
