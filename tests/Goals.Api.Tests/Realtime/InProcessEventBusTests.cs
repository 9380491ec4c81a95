using Goals.Api.Infrastructure.Events;

namespace Goals.Api.Tests.Realtime;

public sealed class InProcessEventBusTests
{
    [Fact]
    public async Task Only_subscribers_of_a_topic_receive_its_events_and_a_topic_is_forgotten_with_its_last_subscriber()
    {
        var bus = new InProcessEventBus();
        var received = new List<string>();
        var first = bus.Observe(Topics.Goal("g1")).Subscribe(change => received.Add("first " + change.GoalId));
        var second = bus.Observe(Topics.Goal("g1")).Subscribe(change => received.Add("second " + change.GoalId));
        using var other = bus.Observe(Topics.Goal("g2")).Subscribe(change => received.Add("other " + change.GoalId));

        await bus.GoalChangedAsync("u", "g1", CancellationToken.None);
        first.Dispose();
        await bus.GoalChangedAsync("u", "g1", CancellationToken.None);
        second.Dispose();

        Assert.Equal(["first g1", "second g1", "second g1"], received);
        Assert.Equal((1, 0), (bus.TopicCount, bus.ObserverCount(Topics.Goal("g1"))));
    }
}
