using Goals.Api.Infrastructure.Events;
using Goals.Api.Tests.Goals;
using Goals.Api.Tests.Support;

namespace Goals.Api.Tests.Accounts;

public sealed class DeleteAccountStreamTests(KestrelApiFactory factory) : IClassFixture<KestrelApiFactory>
{
    [Fact]
    public async Task Deleting_the_account_ends_the_users_notification_and_goal_streams()
    {
        const string user = "delete-streaming";
        using var client = factory.ClientFor(user);
        var goalId = await client.CreateIdAsync(new { title = "Read", pattern = "HABIT", target = 1 });
        await using var socket = await TransportWsClient.ConnectAsync(factory, factory.TokenFor(user));
        Assert.Equal("connection_ack", (await socket.ReceiveAsync())["type"]!.GetValue<string>());
        await socket.SubscribeAsync("inbox", "subscription { onNotification { message } }");
        await socket.SubscribeAsync("goal", "subscription($id: ID!) { onGoalProgress(goalId: $id) { id } }", new { id = goalId });
        await WaitForSubscribersAsync(Topics.User(user), 2);

        await client.DataAsync("mutation { deleteAccount(input: { confirm: true }) { deletedUserId } }");
        var ends = new[] { await socket.ReceiveSkippingPingsAsync(), await socket.ReceiveSkippingPingsAsync() };

        Assert.All(ends, end => Assert.Equal("complete", end["type"]!.GetValue<string>()));
        Assert.Equal(["goal", "inbox"], ends.Select(end => end["id"]!.GetValue<string>()).Order());
    }

    private async Task WaitForSubscribersAsync(string topic, int count)
    {
        var bus = factory.Services.EventBus<InProcessEventBus>();
        for (var attempt = 0; attempt < 200 && bus.ObserverCount(topic) < count; attempt++)
        {
            await Task.Delay(25);
        }

        Assert.True(bus.ObserverCount(topic) >= count, "the subscriptions never reached the bus");
    }
}
