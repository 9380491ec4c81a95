using Goals.Api.Realtime;
using Goals.Api.Tests.Activities;
using Goals.Api.Tests.Goals;
using Goals.Api.Tests.Realtime.Redis;
using Goals.Api.Tests.Support;
using Goals.Server.WebSockets;
using Microsoft.Extensions.DependencyInjection;

namespace Goals.Api.Tests.Realtime;

/// <summary>
/// Identical <c>onGoalProgress</c> subscriptions of one user share one execution on a replica: one stream resolution
/// (one goal read to start), one feed subscriber, and the execution outlives its first subscriber.
/// </summary>
public sealed class SharedExecutionTests(CountedGoalStoreHost factory) : IClassFixture<CountedGoalStoreHost>
{
    private const string Subscription = "subscription($id: ID!) { onGoalProgress(goalId: $id) { id title } }";

    [Fact]
    public async Task A_second_identical_subscription_joins_the_first_execution_which_outlives_the_first_subscriber()
    {
        const string user = "shared-execution";
        using var client = factory.ClientFor(user);
        var goalId = await client.CreateIdAsync(new { title = "Read", pattern = "HABIT", target = 1 });
        var key = GoalRequests.KeyOf(goalId);
        var readsOfALog = await factory.GoalReadsDuringAsync(() => client.LogAsync(new { goalId, amount = 1 }));
        var first = await ConnectAsync(user);
        await first.SubscribeAsync("a", Subscription, new { id = goalId });
        await Eventually.TrueAsync(() => Feed.SubscriberCount(user, key) == 1, "the first subscription never started");

        var readsToJoin = await factory.GoalReadsDuringAsync(async () =>
        {
            await using var joining = await ConnectAsync(user);
            await joining.SubscribeAsync("b", Subscription, new { id = goalId });
            await Eventually.TrueAsync(() => Shared.Members == 2, "the second subscription never joined");
            await client.LogAsync(new { goalId, amount = 1 });
            Assert.Equal(await NextIdAsync(first), await NextIdAsync(joining));

            // The first subscriber leaves; the execution is the group's, so the second still receives.
            await first.DisposeAsync();
            await Eventually.TrueAsync(() => Shared.Members == 1, "the first subscriber never left");
            await client.LogAsync(new { goalId, amount = 1 });
            Assert.Equal(goalId, await NextIdAsync(joining));
            Assert.Equal(1, Feed.SubscriberCount(user, key));
        });

        // Joining read nothing (an execution of its own reads the goal to start); the feed read it once per log.
        Assert.Equal((2 * readsOfALog) + 2, readsToJoin);
        await Eventually.TrueAsync(() => Feed.SubscriberCount(user, key) == 0 && Shared.Executions == 0, "the shared execution outlived its last member");
    }

    [Fact]
    public async Task Two_users_watching_goals_get_executions_of_their_own()
    {
        using var ann = factory.ClientFor("shared-ann");
        using var bob = factory.ClientFor("shared-bob");
        var annGoal = await ann.CreateIdAsync(new { title = "Ann's", pattern = "HABIT", target = 1 });
        var bobGoal = await bob.CreateIdAsync(new { title = "Bob's", pattern = "HABIT", target = 1 });
        await using var annSocket = await ConnectAsync("shared-ann");
        await using var bobSocket = await ConnectAsync("shared-bob");

        await annSocket.SubscribeAsync("1", Subscription, new { id = annGoal });
        await bobSocket.SubscribeAsync("1", Subscription, new { id = bobGoal });
        await Eventually.TrueAsync(() => Shared.Executions == 2 && Shared.Members == 2, "the subscriptions never started");
        await ann.LogAsync(new { goalId = annGoal, amount = 1 });
        await bob.LogAsync(new { goalId = bobGoal, amount = 1 });

        Assert.Equal(annGoal, await NextIdAsync(annSocket));
        Assert.Equal(bobGoal, await NextIdAsync(bobSocket));
    }

    private GoalProgressFeed Feed => factory.Services.GetRequiredService<GoalProgressFeed>();

    private SharedSubscriptions Shared => factory.Services.GetRequiredService<SharedSubscriptions>();

    private async Task<TransportWsClient> ConnectAsync(string user)
    {
        var socket = await TransportWsClient.ConnectAsync(factory, factory.TokenFor(user));
        Assert.Equal("connection_ack", (await socket.ReceiveAsync())["type"]!.GetValue<string>());
        return socket;
    }

    private static async Task<string> NextIdAsync(TransportWsClient socket)
    {
        var next = await socket.ReceiveSkippingPingsAsync();
        Assert.Equal("next", next["type"]!.GetValue<string>());
        return next["payload"]!["data"]!["onGoalProgress"]!["id"]!.GetValue<string>();
    }
}
