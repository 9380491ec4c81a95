using Goals.Api.Tests.Goals;
using Goals.Api.Tests.Support;
using Goals.Storage.Abstractions;

namespace Goals.Api.Tests.Realtime.Redis;

public sealed class RedisOutageTests(RedisReplicas replicas) : IClassFixture<RedisReplicas>
{
    private const string OutageLine = "Redis is unavailable";
    private const string RestoredLine = "Redis is back";

    [SkippableFact]
    public async Task After_redis_is_killed_and_restarted_every_subscriber_has_every_notification_exactly_once()
    {
        RedisServer.Require();
        var users = Enumerable.Range(0, 20).Select(index => $"outage-{index}-{Guid.NewGuid():N}").ToArray();
        var sockets = await Task.WhenAll(users.Select(replicas.NotificationsOnAAsync));
        try
        {
            await replicas.WaitForSubscribersOnAAsync(users);
            await AddOnBAsync(users, "before");
            Assert.All(await Task.WhenAll(sockets.Select(socket => socket.SequencesUntilAsync(1))), sequences => Assert.Equal([1L], sequences));

            replicas.Redis.Stop();
            await Eventually.TrueAsync(() => !replicas.BusA.IsConnected && !replicas.BusB.IsConnected, "the replicas never noticed the outage");
            await AddOnBAsync(users, "during");
            await AddOnBAsync(users, "during, again");
            using var client = replicas.B.SignedClient(users[0]);
            var goalId = await client.CreateIdAsync(new { title = "Written while Redis is down", pattern = "HABIT", target = 1 });

            await replicas.Redis.StartAsync();
            await replicas.WaitForFanOutAsync();
            await AddOnBAsync(users, "after");
            var received = await Task.WhenAll(sockets.Select(socket => socket.SequencesUntilAsync(4)));

            Assert.All(received, sequences => Assert.Equal([2L, 3L, 4L], sequences));
            Assert.False(string.IsNullOrEmpty(goalId));
            // Connection events are logged from the Redis client's own threads, so the lines may trail the state change.
            await Eventually.TrueAsync(
                () => replicas.LogA.Count(RestoredLine) >= 1 && replicas.LogB.Count(RestoredLine) >= 1, "a replica never logged the recovery");
            Assert.Equal((1, 1), (replicas.LogA.Count(OutageLine), replicas.LogA.Count(RestoredLine)));
            Assert.Equal((1, 1), (replicas.LogB.Count(OutageLine), replicas.LogB.Count(RestoredLine)));
        }
        finally
        {
            foreach (var socket in sockets)
            {
                await socket.DisposeAsync();
            }
        }
    }

    [SkippableFact]
    public async Task While_redis_is_down_a_subscriber_on_the_same_replica_still_receives_at_once()
    {
        RedisServer.Require();
        var user = $"local-{Guid.NewGuid():N}";
        await using var socket = await replicas.NotificationsOnAAsync(user);
        await replicas.WaitForSubscribersOnAAsync([user]);
        replicas.Redis.Stop();
        try
        {
            await Eventually.TrueAsync(() => !replicas.BusA.IsConnected, "replica A never noticed the outage");

            await replicas.InboxA.AddAsync(new NewNotification(user, NotificationKind.GoalCompleted, "same replica"), CancellationToken.None);

            Assert.Equal(("same replica", 1L), await socket.NextNotificationAsync());
        }
        finally
        {
            await replicas.Redis.StartAsync();
            await replicas.WaitForFanOutAsync();
        }
    }

    private async Task AddOnBAsync(IEnumerable<string> users, string message) =>
        await Task.WhenAll(users.Select(user =>
            replicas.InboxB.AddAsync(new NewNotification(user, NotificationKind.MilestoneReached, message), CancellationToken.None)));
}
