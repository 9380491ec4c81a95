using Goals.Api.Infrastructure.Events;
using Goals.Api.Realtime;
using Goals.Api.Tests.Activities;
using Goals.Api.Tests.Goals;
using Goals.Api.Tests.Support;
using Goals.Server.WebSockets;
using Microsoft.Extensions.DependencyInjection;

namespace Goals.Api.Tests.Realtime;

/// <summary>
/// Every subscriber of one goal on a replica shares one bus subscription and one goal read per change (identical
/// subscriptions also share one execution, see <see cref="SharedExecutionTests"/>): the real host
/// on a loopback port, real sockets, and the goal store wrapped by a call counter.
/// </summary>
public sealed class SharedGoalFeedTests(CountedGoalStoreHost factory) : IClassFixture<CountedGoalStoreHost>
{
    private const string Subscription = "subscription($id: ID!) { onGoalProgress(goalId: $id) { id title } }";

    [Fact]
    public async Task Fifty_subscribers_of_one_goal_each_receive_a_log_for_one_goal_read()
    {
        const string user = "fifty-watchers";
        using var client = factory.ClientFor(user);
        var goalId = await client.CreateIdAsync(new { title = "Read", pattern = "HABIT", target = 1 });
        var readsOfALog = await factory.GoalReadsDuringAsync(() => client.LogAsync(new { goalId, amount = 1 }));
        var sockets = await SubscribeAsync(user, goalId, 50);

        var reads = await factory.GoalReadsDuringAsync(async () =>
        {
            await client.LogAsync(new { goalId, amount = 1 });
            await Task.WhenAll(sockets.Select(ExpectGoalAsync(goalId)));
        });
        var late = (await SubscribeAsync(user, goalId, 1, alreadyThere: 50))[0];
        await client.LogAsync(new { goalId, amount = 1 });
        await Task.WhenAll(sockets.Append(late).Select(ExpectGoalAsync(goalId)));

        Assert.Equal(readsOfALog + 1, reads);
        Assert.Equal(1, Bus.ObserverCount(Topics.Goal(GoalRequests.KeyOf(goalId))));
        await DisposeAllAsync(sockets.Append(late));
    }

    [Fact]
    public async Task When_every_subscriber_has_left_the_next_one_starts_the_feed_again()
    {
        const string user = "come-and-go";
        using var client = factory.ClientFor(user);
        var goalId = await client.CreateIdAsync(new { title = "Run", pattern = "HABIT", target = 1 });
        await DisposeAllAsync(await SubscribeAsync(user, goalId, 5));
        await Eventually(() => Feed.SubscriberCount(user, GoalRequests.KeyOf(goalId)) == 0
            && Bus.ObserverCount(Topics.Goal(GoalRequests.KeyOf(goalId))) == 0, "the feed never stopped");

        var again = await SubscribeAsync(user, goalId, 2);
        await client.LogAsync(new { goalId, amount = 1 });

        await Task.WhenAll(again.Select(ExpectGoalAsync(goalId)));
        await DisposeAllAsync(again);
    }

    [Fact]
    public async Task Deleting_the_goal_ends_every_subscribers_stream()
    {
        const string user = "deleted-under-watch";
        using var client = factory.ClientFor(user);
        var goalId = await client.CreateIdAsync(new { title = "Gone", pattern = "HABIT", target = 1 });
        var sockets = await SubscribeAsync(user, goalId, 5);

        await client.DataAsync("mutation($id: ID!) { deleteGoal(input: { id: $id }) { deletedId } }", new { id = goalId });
        var ends = await Task.WhenAll(sockets.Select(socket => socket.ReceiveSkippingPingsAsync()));

        Assert.All(ends, end => Assert.Equal("complete", end["type"]!.GetValue<string>()));
        await Eventually(() => Feed.SubscriberCount(user, GoalRequests.KeyOf(goalId)) == 0, "the feed outlived its goal");
        await DisposeAllAsync(sockets);
    }

    [Fact]
    public async Task Two_goals_do_not_share_a_feed()
    {
        const string user = "two-goals";
        using var client = factory.ClientFor(user);
        var first = await client.CreateIdAsync(new { title = "One", pattern = "HABIT", target = 1 });
        var second = await client.CreateIdAsync(new { title = "Two", pattern = "HABIT", target = 1 });
        var watchingFirst = await SubscribeAsync(user, first, 2);
        var watchingSecond = await SubscribeAsync(user, second, 2, alreadyThere: 2);

        await client.LogAsync(new { goalId = second, amount = 1 });
        await client.LogAsync(new { goalId = first, amount = 1 });

        await Task.WhenAll(watchingFirst.Select(ExpectGoalAsync(first)).Concat(watchingSecond.Select(ExpectGoalAsync(second))));
        Assert.Equal(1, Bus.ObserverCount(Topics.Goal(GoalRequests.KeyOf(first))));
        Assert.Equal(1, Bus.ObserverCount(Topics.Goal(GoalRequests.KeyOf(second))));
        await DisposeAllAsync(watchingFirst.Concat(watchingSecond));
    }

    private InProcessEventBus Bus => factory.Services.EventBus<InProcessEventBus>();

    private GoalProgressFeed Feed => factory.Services.GetRequiredService<GoalProgressFeed>();

    private SharedSubscriptions Shared => factory.Services.GetRequiredService<SharedSubscriptions>();

    /// <summary>Opens <paramref name="count"/> subscribed sockets and waits until they all run (<paramref name="alreadyThere"/>: sockets subscribed before, of any goal).</summary>
    private async Task<TransportWsClient[]> SubscribeAsync(string user, string goalId, int count, int alreadyThere = 0)
    {
        var sockets = await Task.WhenAll(Enumerable.Range(0, count).Select(async _ =>
        {
            var socket = await TransportWsClient.ConnectAsync(factory, factory.TokenFor(user));
            Assert.Equal("connection_ack", (await socket.ReceiveAsync())["type"]!.GetValue<string>());
            await socket.SubscribeAsync("1", Subscription, new { id = goalId });
            return socket;
        }));
        // Identical subscriptions share one execution: the feed has one subscriber, the execution all the sockets.
        await Eventually(() => Feed.SubscriberCount(user, GoalRequests.KeyOf(goalId)) == 1 && Shared.Members == alreadyThere + count,
            "the subscriptions never reached the feed");
        return sockets;
    }

    private static Func<TransportWsClient, Task> ExpectGoalAsync(string goalId) => async socket =>
    {
        var next = await socket.ReceiveSkippingPingsAsync();
        Assert.Equal("next", next["type"]!.GetValue<string>());
        Assert.Equal(goalId, next["payload"]!["data"]!["onGoalProgress"]!["id"]!.GetValue<string>());
    };

    private static async Task DisposeAllAsync(IEnumerable<TransportWsClient> sockets)
    {
        foreach (var socket in sockets)
        {
            await socket.DisposeAsync();
        }
    }

    private static async Task Eventually(Func<bool> condition, string failure)
    {
        for (var attempt = 0; attempt < 400 && !condition(); attempt++)
        {
            await Task.Delay(25);
        }

        Assert.True(condition(), failure);
    }
}
