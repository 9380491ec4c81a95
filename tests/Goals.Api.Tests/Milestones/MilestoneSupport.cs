using Goals.Api.Common;
using System.Globalization;
using System.Text.Json.Nodes;
using Goals.Api.Goals;
using Goals.Api.Infrastructure.Events;
using Goals.Api.Tests.Goals;
using Goals.Api.Tests.Support;
using Goals.Storage.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Text;

namespace Goals.Api.Tests.Milestones;

/// <summary>Dates relative to today (users here keep the default UTC calendar), the inbox, and notification sockets.</summary>
public static class MilestoneSupport
{
    public const string NotificationFields = "kind message sequence goal { id }";

    public static LocalDate Today => SystemClock.Instance.GetCurrentInstant().InUtc().Date;

    public static string Day(int offset) => LocalDatePattern.Iso.Format(Today.PlusDays(offset));

    public static Task<string> CreateHabitAsync(this GraphQLClient client, string title) =>
        client.CreateIdAsync(new { title, pattern = "HABIT", target = 1, startDate = Day(-20) });

    /// <summary>The user's whole inbox, oldest first, as "KIND message".</summary>
    public static async Task<IReadOnlyList<string>> InboxAsync(this GoalsApiFactory factory, string userId)
    {
        var inbox = factory.Services.GetRequiredService<INotificationStore>();
        var entries = await inbox.ListAfterAsync(userId, 0, 100, CancellationToken.None);
        return [.. entries.Select(entry => $"{KindName(entry.Kind)} {entry.Message}")];
    }

    public static async Task<IReadOnlyList<string>> DataOfAsync(this GoalsApiFactory factory, string userId)
    {
        var inbox = factory.Services.GetRequiredService<INotificationStore>();
        var entries = await inbox.ListAfterAsync(userId, 0, 100, CancellationToken.None);
        return [.. entries.Select(entry => entry.Data ?? "")];
    }

    /// <summary>An entry written straight to the inbox: once it arrives, nothing was pushed before it that a test missed.</summary>
    public static Task AddSentinelAsync(this GoalsApiFactory factory, string userId) =>
        factory.Services.GetRequiredService<INotificationStore>()
            .AddAsync(new NewNotification(userId, NotificationKind.WeeklySummary, "sentinel"), CancellationToken.None);

    public static async Task<TransportWsClient> SubscribeToNotificationsAsync(
        this GoalsApiFactory factory, string userId, long? after = null)
    {
        var socket = await TransportWsClient.ConnectAsync(factory, factory.TokenFor(userId));
        Assert.Equal("connection_ack", (await socket.ReceiveAsync())["type"]!.GetValue<string>());
        await socket.SubscribeAsync(
            "n",
            $"subscription($after: String) {{ onNotification(after: $after) {{ {NotificationFields} }} }}",
            new { after = after?.ToString(CultureInfo.InvariantCulture) });
        if (after is null)
        {
            await WaitForSubscriberAsync(factory, userId);
        }

        return socket;
    }

    public static JsonNode Notification(this JsonObject next)
    {
        Assert.Equal("next", next["type"]!.GetValue<string>());
        return next["payload"]!["data"]!["onNotification"]!;
    }

    public static string Line(this JsonNode notification) =>
        $"{notification["kind"]!.GetValue<string>()} {notification["message"]!.GetValue<string>()}";

    public static string GoalKey(string goalId) =>
        GoalIds.TryDecode(goalId, out var key) ? key : throw new ArgumentException("not a goal id", nameof(goalId));

    /// <summary>The kind as the API names it (MilestoneReached → MILESTONE_REACHED).</summary>
    private static string KindName(NotificationKind kind) =>
        string.Concat(kind.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? $"_{c}" : $"{c}"))
            .ToUpperInvariant();

    private static async Task WaitForSubscriberAsync(GoalsApiFactory factory, string userId)
    {
        var bus = factory.Services.EventBus<InProcessEventBus>();
        for (var attempt = 0; attempt < 200 && bus.ObserverCount(Topics.User(userId)) == 0; attempt++)
        {
            await Task.Delay(25);
        }

        Assert.True(bus.ObserverCount(Topics.User(userId)) > 0, "the subscription never reached the bus");
    }
}
