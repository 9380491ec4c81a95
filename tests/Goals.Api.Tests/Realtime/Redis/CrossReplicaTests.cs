using Goals.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.DependencyInjection;
using Goals.Storage.Abstractions;

namespace Goals.Api.Tests.Realtime.Redis;

public sealed class CrossReplicaTests(RedisReplicas replicas) : IClassFixture<RedisReplicas>
{
    [SkippableFact]
    public async Task A_subscriber_on_replica_A_receives_a_notification_added_on_replica_B()
    {
        RedisServer.Require();
        var user = $"cross-{Guid.NewGuid():N}";
        await using var socket = await replicas.NotificationsOnAAsync(user);
        await replicas.WaitForSubscribersOnAAsync([user]);

        await replicas.InboxB.AddAsync(new NewNotification(user, NotificationKind.GoalCompleted, "from B"), CancellationToken.None);
        var received = await socket.NextNotificationAsync();

        Assert.Equal(("from B", 1L), received);
        Assert.DoesNotContain("TestServer", replicas.A.Services.GetRequiredService<IServer>().GetType().Name, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Two_hundred_concurrent_subscribers_each_receive_exactly_their_own_notifications()
    {
        RedisServer.Require();
        var users = Enumerable.Range(0, 200).Select(index => $"fan-{index}-{Guid.NewGuid():N}").ToArray();
        var sockets = await Task.WhenAll(users.Select(replicas.NotificationsOnAAsync));
        try
        {
            await replicas.WaitForSubscribersOnAAsync(users);

            await Task.WhenAll(users.Select(user => Task.Run(async () =>
            {
                await replicas.InboxB.AddAsync(new NewNotification(user, NotificationKind.MilestoneReached, $"first for {user}"), CancellationToken.None);
                await replicas.InboxB.AddAsync(new NewNotification(user, NotificationKind.GoalCompleted, $"second for {user}"), CancellationToken.None);
            })));
            var received = await Task.WhenAll(sockets.Select(async socket =>
                new[] { await socket.NextNotificationAsync(), await socket.NextNotificationAsync() }));

            for (var index = 0; index < users.Length; index++)
            {
                Assert.Equal([($"first for {users[index]}", 1L), ($"second for {users[index]}", 2L)], received[index]);
            }
        }
        finally
        {
            foreach (var socket in sockets)
            {
                await socket.DisposeAsync();
            }
        }
    }
}
