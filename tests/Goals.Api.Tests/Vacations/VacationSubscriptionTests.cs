using Goals.Api.Infrastructure.Events;
using Goals.Api.Tests.Goals;
using Goals.Api.Tests.Realtime.Redis;
using Goals.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Text;

namespace Goals.Api.Tests.Vacations;

public sealed class VacationSubscriptionTests(KestrelApiFactory factory) : IClassFixture<KestrelApiFactory>
{
    [Fact]
    public async Task A_goal_subscriber_receives_the_goal_with_today_excused_when_a_vacation_starts()
    {
        const string user = "vacation-watcher";
        var today = LocalDatePattern.Iso.Format(SystemClock.Instance.GetCurrentInstant().InUtc().Date);
        using var client = factory.ClientFor(user);
        var goalId = await client.CreateIdAsync(new { title = "Meditate", pattern = "HABIT", target = 1, startDate = today });
        await using var socket = await TransportWsClient.ConnectAsync(factory, factory.TokenFor(user));
        Assert.Equal("connection_ack", (await socket.ReceiveAsync())["type"]!.GetValue<string>());
        await socket.SubscribeAsync(
            "1", "subscription($id: ID!, $day: LocalDate!) { onGoalProgress(goalId: $id) { id history(from: $day, to: $day) { date excused } } }",
            new { id = goalId, day = today });
        var bus = factory.Services.EventBus<InProcessEventBus>();
        await Eventually.TrueAsync(() => bus.ObserverCount(Topics.User(user)) > 0, "the subscription never reached the bus");

        await client.StartVacationIdAsync(new { from = today });
        var next = await socket.ReceiveSkippingPingsAsync();

        Assert.Equal("next", next["type"]!.GetValue<string>());
        var goal = next["payload"]!["data"]!["onGoalProgress"]!;
        Assert.Equal(goalId, goal["id"]!.GetValue<string>());
        Assert.Equal($$"""[{"date":"{{today}}","excused":true}]""", goal["history"]!.ToJsonString());
    }
}
