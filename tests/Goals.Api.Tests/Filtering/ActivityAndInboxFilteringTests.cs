using Goals.Api.Common;
using Goals.Api.Goals;
using Goals.Api.Tests.Insights;
using Goals.Api.Tests.Support;
using Goals.Domain;
using Goals.Storage.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Goals.Api.Tests.Filtering;

public sealed class ActivityAndInboxFilteringTests(PinnedClockApi api) : IClassFixture<PinnedClockApi>
{
    private const string Activities = """
        query($id: ID!, $where: ActivityFilterInput, $order: [ActivitySortInput!], $first: Int, $after: String) {
          goal(id: $id) { activities(where: $where, order: $order, first: $first, after: $after) {
            totalCount nodes { amount note date } pageInfo { hasNextPage endCursor } } } }
        """;

    [Fact]
    public async Task Activities_filter_on_amount_note_date_and_time()
    {
        var (client, id) = await SeedActivitiesAsync("activity-filters");

        Assert.Equal("3,3", await Amounts(client, id, """{ amount: { gt: 2, ngte: 4 } }"""));
        Assert.Equal("1,2,1", await Amounts(client, id, """{ amount: { nin: [3, 5] } }"""));
        Assert.Equal("1,1", await Amounts(client, id, """{ amount: { in: [1] } }"""));
        Assert.Equal("3,5", await Amounts(client, id, """{ note: { contains: "gym" } }"""));
        Assert.Equal("1,2,3,1", await Amounts(client, id, """{ note: { nstartsWith: "gym" } }"""));
        Assert.Equal("3,5", await Amounts(client, id, """{ note: { endsWith: "swim" } }"""));
        Assert.Equal("2,1", await Amounts(client, id, """{ note: { eq: null } }"""));
        Assert.Equal("1,2", await Amounts(client, id, """{ date: { gt: "2026-11-01", lte: "2026-11-03" } }"""));
        Assert.Equal("3,1", await Amounts(client, id, """{ occurredAt: { lt: "2026-11-02T12:00:01Z" } }"""));
        Assert.Equal("3,5,1", await Amounts(client, id, """{ or: [{ amount: { gte: 5 } }, { date: { in: ["2026-11-01", "2026-11-06"] } }] }"""));
    }

    [Fact]
    public async Task Activities_sorted_by_amount_page_across_pages_with_the_id_breaking_ties()
    {
        var (client, id) = await SeedActivitiesAsync("activity-order");
        var amounts = new List<double>();
        string? after = null;
        var pages = 0;
        do
        {
            var page = (await client.DataAsync(Activities, new { id, order = new[] { new { amount = "DESC" } }, first = 2, after }))["goal"]!["activities"]!;
            amounts.AddRange(page["nodes"]!.AsArray().Select(n => n!["amount"]!.GetValue<double>()));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
            pages++;
        }
        while (after is not null);

        Assert.Equal([5, 3, 3, 2, 1, 1], amounts);
        Assert.Equal(3, pages);
    }

    [Fact]
    public async Task The_inbox_filters_by_kind_read_and_time_and_sorts_by_creation()
    {
        var seeder = api.Seed("inbox-filters");
        var first = await seeder.NotificationAsync(NotificationKind.MilestoneReached, "7 days");
        await seeder.NotificationAsync(NotificationKind.StreakBroken, "broken");
        await seeder.NotificationAsync(NotificationKind.MilestoneReached, "30 days");
        await api.Services.GetRequiredService<INotificationStore>().MarkReadAsync("inbox-filters", [first.Id], CancellationToken.None);
        using var client = api.ClientFor("inbox-filters");

        async Task<string> Messages(string arguments) => string.Join(",", (await client.DataAsync($"{{ notifications({arguments}) {{ nodes {{ message }} }} }}"))
            ["notifications"]!["nodes"]!.AsArray().Select(n => n!["message"]!.GetValue<string>()));

        Assert.Equal("30 days,7 days", await Messages("where: { kind: { eq: MILESTONE_REACHED } }"));
        Assert.Equal("broken", await Messages("where: { kind: { nin: [MILESTONE_REACHED] } }"));
        Assert.Equal("30 days,broken", await Messages("where: { read: { eq: false } }"));
        Assert.Equal("7 days", await Messages("where: { read: { neq: false } }"));
        Assert.Equal("broken,30 days", await Messages(
            $$"""where: { createdAt: { gt: "{{NodaTime.Text.InstantPattern.ExtendedIso.Format(first.CreatedAt)}}" } }, order: [{ createdAt: ASC }]"""));
        Assert.Equal("7 days,broken,30 days", await Messages("order: [{ sequence: ASC }]"));
    }

    private async Task<(GraphQLClient Client, string GoalId)> SeedActivitiesAsync(string user)
    {
        var seeder = api.Seed(user);
        var goal = await seeder.GoalAsync("Train", GoalPattern.Cumulative, 100, new LocalDate(2026, 11, 1), GoalPeriod.Month);
        double[] amounts = [3, 1, 2, 3, 5, 1];
        string?[] notes = ["gym", "Gym day", null, "swim", "gym, then swim", null];
        for (var day = 1; day <= 6; day++)
        {
            await seeder.LogAsync(goal, new LocalDate(2026, 11, day), amounts[day - 1], notes[day - 1]);
        }

        return (api.ClientFor(user), GoalIds.Encode(goal.Id));
    }

    /// <summary>The amounts of the matching activities, oldest day first, after checking the count agrees.</summary>
    private static async Task<string> Amounts(GraphQLClient client, string id, string where)
    {
        var response = await client.SendAsync(
            $$"""query($id: ID!) { goal(id: $id) { activities(where: {{where}}, order: [{ date: ASC }]) { totalCount nodes { amount } } } }""",
            new { id });
        Assert.True(response.Errors is null, response.ToString());
        var activities = response.Data!["goal"]!["activities"]!;
        var amounts = activities["nodes"]!.AsArray().Select(n => n!["amount"]!.GetValue<double>()).ToList();
        Assert.Equal(amounts.Count, activities["totalCount"]!.GetValue<int>());
        return string.Join(",", amounts);
    }
}
