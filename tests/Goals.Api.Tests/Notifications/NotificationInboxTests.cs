using System.Text;
using Goals.Api.Tests.Insights;
using Goals.Domain;
using Goals.Storage.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Goals.Api.Tests.Notifications;

public sealed class NotificationInboxTests(PinnedClockApi api) : IClassFixture<PinnedClockApi>
{
    private const string Inbox = """
        query($unreadOnly: Boolean, $first: Int, $after: String) { notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
          totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          edges { cursor node { id sequence kind message read createdAt goal { title } } } } }
        """;

    [Fact]
    public async Task The_inbox_lists_the_callers_notifications_newest_first_with_every_field()
    {
        var seeder = api.Seed("reader");
        var goal = await seeder.GoalAsync("Meditate daily", GoalPattern.Habit, 1, PinnedClockApi.Today);
        var first = await seeder.NotificationAsync(NotificationKind.MilestoneReached, "7 days in a row!", goal);
        await seeder.NotificationAsync(NotificationKind.WeeklySummary, "Your week: 5 of 7 days.");
        await api.Seed("someone-else").NotificationAsync(NotificationKind.StreakBroken, "Not yours.");
        using var client = api.ClientFor("reader");

        var inbox = (await client.DataAsync(Inbox))["notifications"]!;

        Assert.Equal(2, inbox["totalCount"]!.GetValue<int>());
        var nodes = inbox["edges"]!.AsArray().Select(edge => edge!["node"]!).ToList();
        Assert.Equal(["WEEKLY_SUMMARY", "MILESTONE_REACHED"], nodes.Select(n => n["kind"]!.GetValue<string>()));
        Assert.Equal([2, 1], nodes.Select(n => n["sequence"]!.GetValue<int>()));
        Assert.Null(nodes[0]["goal"]);
        var milestone = nodes[1];
        Assert.Equal("Notification:" + first.Id, Decode(milestone["id"]!.GetValue<string>()));
        Assert.Equal("7 days in a row!", milestone["message"]!.GetValue<string>());
        Assert.False(milestone["read"]!.GetValue<bool>());
        Assert.Equal("Meditate daily", milestone["goal"]!["title"]!.GetValue<string>());
        Assert.Equal(NodaTime.Text.InstantPattern.ExtendedIso.Format(first.CreatedAt), milestone["createdAt"]!.GetValue<string>());
    }

    [Fact]
    public async Task Data_comes_as_json_itself_and_null_when_the_kind_has_none()
    {
        await api.Services.GetRequiredService<INotificationStore>().AddAsync(
            new NewNotification("data-reader", NotificationKind.StreakBroken, "Your streak of 3 ended.", null, null,
                """{"date":"2026-11-21","previousStreak":3}"""),
            CancellationToken.None);
        await api.Seed("data-reader").NotificationAsync(NotificationKind.StreakAtRisk, "At risk.");
        using var client = api.ClientFor("data-reader");

        var nodes = (await client.DataAsync("{ notifications { nodes { kind data } } }"))["notifications"]!["nodes"]!.AsArray();

        Assert.Equal(
            """[{"kind":"STREAK_AT_RISK","data":null},{"kind":"STREAK_BROKEN","data":{"date":"2026-11-21","previousStreak":3}}]""",
            nodes.ToJsonString());
    }

    [Fact]
    public async Task Pages_follow_the_cursor_until_the_inbox_ends()
    {
        var seeder = api.Seed("pager");
        foreach (var message in new[] { "one", "two", "three" })
        {
            await seeder.NotificationAsync(NotificationKind.StreakAtRisk, message);
        }

        using var client = api.ClientFor("pager");

        var page1 = (await client.DataAsync(Inbox, new { first = 2 }))["notifications"]!;
        var page2 = (await client.DataAsync(Inbox, new { first = 2, after = page1["pageInfo"]!["endCursor"]!.GetValue<string>() }))["notifications"]!;

        Assert.Equal(["three", "two"], Messages(page1));
        Assert.True(page1["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal(["one"], Messages(page2));
        Assert.False(page2["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal(3, page2["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Last_pages_backward_from_the_oldest_end()
    {
        var seeder = api.Seed("backward-pager");
        foreach (var message in new[] { "one", "two", "three" })
        {
            await seeder.NotificationAsync(NotificationKind.StreakAtRisk, message);
        }

        using var client = api.ClientFor("backward-pager");

        var page = (await client.DataAsync(
            "{ notifications(last: 2) { pageInfo { hasNextPage hasPreviousPage } edges { node { message } } } }"))["notifications"]!;

        Assert.Equal(["two", "one"], Messages(page));
        Assert.True(page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        Assert.False(page["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_malformed_cursor_is_an_invalid_cursor_error()
    {
        using var client = api.ClientFor("pager");

        var response = await client.SendAsync(Inbox, new { first = 2, after = "garbage" });

        Assert.Equal("INVALID_CURSOR", response.FirstErrorCode);
    }

    [Fact]
    public async Task A_deleted_goal_leaves_its_notifications_without_a_goal()
    {
        var seeder = api.Seed("forgetter");
        var goal = await seeder.GoalAsync("Old habit", GoalPattern.Habit, 1, PinnedClockApi.Today);
        await seeder.NotificationAsync(NotificationKind.GoalCompleted, "Done!", goal);
        await api.Services.GetRequiredService<IGoalStore>().DeleteAsync("forgetter", goal.Id, CancellationToken.None);
        using var client = api.ClientFor("forgetter");

        var node = (await client.DataAsync(Inbox))["notifications"]!["edges"]![0]!["node"]!;

        Assert.Equal("GOAL_COMPLETED", node["kind"]!.GetValue<string>());
        Assert.Null(node["goal"]);
    }

    [Fact]
    public async Task Node_finds_the_callers_notification_and_nothing_of_another_user()
    {
        var mine = await api.Seed("owner").NotificationAsync(NotificationKind.BehindPace, "Behind pace.");
        var theirs = await api.Seed("stranger").NotificationAsync(NotificationKind.BehindPace, "Theirs.");
        using var client = api.ClientFor("owner");
        const string Node = "query($id: ID!) { node(id: $id) { ... on Notification { message kind } } }";

        var found = (await client.DataAsync(Node, new { id = Encode(mine.Id) }))["node"]!;
        var hidden = (await client.DataAsync(Node, new { id = Encode(theirs.Id) }))["node"];

        Assert.Equal("Behind pace.", found["message"]!.GetValue<string>());
        Assert.Equal("BEHIND_PACE", found["kind"]!.GetValue<string>());
        Assert.Null(hidden);
    }

    [Fact]
    public async Task Without_a_token_the_inbox_is_refused()
    {
        using var client = api.AnonymousClient();

        Assert.Equal("UNAUTHENTICATED", (await client.SendAsync(Inbox)).FirstErrorCode);
    }

    internal static string Encode(string key) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"Notification:{key}"));

    private static string Decode(string id) => Encoding.UTF8.GetString(Convert.FromBase64String(id));

    private static IEnumerable<string> Messages(System.Text.Json.Nodes.JsonNode connection) =>
        connection["edges"]!.AsArray().Select(edge => edge!["node"]!["message"]!.GetValue<string>());
}
