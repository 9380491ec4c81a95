using Goals.Api.Tests.Insights;
using Goals.Storage.Abstractions;

namespace Goals.Api.Tests.Notifications;

public sealed class MarkNotificationsReadTests(PinnedClockApi api) : IClassFixture<PinnedClockApi>
{
    private const string Mark = "mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { updatedCount } }";
    private const string Unread = "{ notifications(unreadOnly: true) { totalCount nodes { message } } }";

    [Fact]
    public async Task Marking_ids_counts_only_the_callers_notifications_that_were_unread()
    {
        var seeder = api.Seed("marker");
        var a = await seeder.NotificationAsync(NotificationKind.MilestoneReached, "a");
        var b = await seeder.NotificationAsync(NotificationKind.MilestoneReached, "b");
        await seeder.NotificationAsync(NotificationKind.MilestoneReached, "c");
        var foreign = await api.Seed("other-marker").NotificationAsync(NotificationKind.MilestoneReached, "x");
        using var client = api.ClientFor("marker");
        await client.DataAsync(Mark, new { input = new { ids = new[] { NotificationInboxTests.Encode(a.Id) } } });

        var count = await MarkAsync(client, new
        {
            ids = new[]
            {
                NotificationInboxTests.Encode(a.Id), NotificationInboxTests.Encode(b.Id), NotificationInboxTests.Encode(foreign.Id),
                "not-an-id", Convert.ToBase64String("Goal:x"u8.ToArray()),
            },
        });

        Assert.Equal(1, count);
        var unread = (await client.DataAsync(Unread))["notifications"]!;
        Assert.Equal(1, unread["totalCount"]!.GetValue<int>());
        Assert.Equal("c", unread["nodes"]![0]!["message"]!.GetValue<string>());
        using var other = api.ClientFor("other-marker");
        Assert.Equal(1, (await other.DataAsync(Unread))["notifications"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Marking_all_reads_the_whole_inbox_and_counts_what_changed()
    {
        var seeder = api.Seed("all-reader");
        var first = await seeder.NotificationAsync(NotificationKind.StreakBroken, "1");
        await seeder.NotificationAsync(NotificationKind.StreakBroken, "2");
        await seeder.NotificationAsync(NotificationKind.StreakBroken, "3");
        using var client = api.ClientFor("all-reader");
        await MarkAsync(client, new { ids = new[] { NotificationInboxTests.Encode(first.Id) } });

        Assert.Equal(2, await MarkAsync(client, new { all = true }));
        Assert.Equal(0, await MarkAsync(client, new { all = true }));
        Assert.Equal(0, (await client.DataAsync(Unread))["notifications"]!["totalCount"]!.GetValue<int>());
    }

    public static TheoryData<string, object> Refusals => new()
    {
        { "neither", new { } },
        { "empty ids", new { ids = Array.Empty<string>() } },
        { "all false", new { all = false } },
        { "both", new { ids = new[] { "bm9wZQ==" }, all = true } },
        { "too many", new { ids = Enumerable.Repeat("bm9wZQ==", 501).ToArray() } },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task An_ambiguous_or_empty_request_is_a_bad_user_input_and_marks_nothing(string why, object input)
    {
        var user = $"refused-{why.Replace(' ', '-')}";
        await api.Seed(user).NotificationAsync(NotificationKind.GoalCompleted, "keep me unread");
        using var client = api.ClientFor(user);

        var response = await client.SendAsync(Mark, new { input });

        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
        Assert.Equal(1, (await client.DataAsync(Unread))["notifications"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Without_a_token_nothing_is_marked()
    {
        using var client = api.AnonymousClient();

        Assert.Equal("UNAUTHENTICATED", (await client.SendAsync(Mark, new { input = new { all = true } })).FirstErrorCode);
    }

    private static async Task<int> MarkAsync(Support.GraphQLClient client, object input) =>
        (await client.DataAsync(Mark, new { input }))["markNotificationsRead"]!["updatedCount"]!.GetValue<int>();
}
