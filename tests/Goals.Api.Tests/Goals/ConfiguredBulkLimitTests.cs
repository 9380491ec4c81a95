using Goals.Api.Common;
using Goals.Api.Goals;
using Goals.Api.Tests.Insights;
using Goals.Domain;

namespace Goals.Api.Tests.Goals;

/// <summary>The real host with <c>Goals:MaxIdsPerBulkCall</c> set to 2.</summary>
public sealed class TwoIdsPerBulkCallApi() : PinnedClockApi(new Dictionary<string, string> { ["Goals:MaxIdsPerBulkCall"] = "2" });

/// <summary>Attack: archiveGoals took 5,000 ids. The cap of every bulk call by ids comes from one setting.</summary>
public sealed class ConfiguredBulkLimitTests(TwoIdsPerBulkCallApi api) : IClassFixture<TwoIdsPerBulkCallApi>
{
    [Fact]
    public async Task Every_bulk_call_by_ids_follows_the_configured_limit()
    {
        var seed = api.Seed("two-ids");
        var ids = new List<string>();
        foreach (var title in new[] { "Read", "Run", "Rest" })
        {
            ids.Add(GoalIds.Encode((await seed.GoalAsync(title, GoalPattern.Habit, 1, PinnedClockApi.Today)).Id));
        }

        using var client = api.ClientFor("two-ids");
        const string Archive = "mutation($ids: [ID!]!) { archiveGoals(input: { ids: $ids }) { goals { id } errors { ... on ValidationError { field message } } } }";

        var refused = (await client.DataAsync(Archive, new { ids }))["archiveGoals"]!;
        var archived = (await client.DataAsync(Archive, new { ids = ids.Take(2) }))["archiveGoals"]!;
        var marked = await client.SendAsync(
            "mutation($ids: [ID!]) { markNotificationsRead(input: { ids: $ids }) { updatedCount } }", new { ids });

        Assert.Equal("archiveGoals takes at most 2 ids; 3 were given.", refused["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal(2, archived["goals"]!.AsArray().Count);
        Assert.Equal("BAD_USER_INPUT", marked.FirstErrorCode);
    }
}
