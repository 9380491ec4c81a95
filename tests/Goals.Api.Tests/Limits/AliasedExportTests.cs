using System.Text;
using Goals.Api.Tests.Insights;
using Goals.Domain;

namespace Goals.Api.Tests.Limits;

/// <summary>
/// Thirty aliased <c>export</c>s of a 9,900-activity account once answered 202 MB and grew the server by 1 GB while
/// the cost model priced the document at about 60: an export is now priced as what it is and runs once per operation.
/// </summary>
public sealed class AliasedExportTests(PinnedClockApi api) : IClassFixture<PinnedClockApi>
{
    [Fact]
    public async Task Thirty_aliased_exports_are_refused_at_validation()
    {
        using var client = api.ClientFor("exporter");

        var response = await client.SendAsync(AliasedExports(30));

        // Thirty aliases are over the document's alias limit before the field's own use limit is reached.
        Assert.Equal("MAX_ALIASES_EXCEEDED", response.FirstErrorCode);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task Fifteen_aliased_exports_within_the_alias_limit_are_refused_over_the_field_use_limit()
    {
        using var client = api.ClientFor("exporter-15");

        var response = await client.SendAsync(AliasedExports(15));

        Assert.Equal("MAX_FIELD_USES_EXCEEDED", response.FirstErrorCode);
        Assert.Equal("'export' appears 15 times; an operation may use it at most 1 time(s).", response.Errors![0]!["message"]!.GetValue<string>());
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task Two_exports_through_fragments_are_refused_like_aliases()
    {
        using var client = api.ClientFor("fragment-exporter");

        var response = await client.SendAsync(
            "query { ...Json ...Csv } fragment Json on Query { json: export(format: JSON) { content } } fragment Csv on Query { csv: export(format: CSV) { content } }");

        Assert.Equal("MAX_FIELD_USES_EXCEEDED", response.FirstErrorCode);
    }

    [Fact]
    public async Task One_export_with_a_sizeable_query_beside_it_still_runs()
    {
        var seed = api.Seed("single-exporter");
        var goal = await seed.GoalAsync("Read", GoalPattern.Habit, 1, PinnedClockApi.Today.PlusDays(-3));
        await seed.LogDailyAsync(goal, PinnedClockApi.Today.PlusDays(-3), PinnedClockApi.Today);
        using var client = api.ClientFor("single-exporter");

        var response = await client.SendAsync(
            "{ export(format: CSV) { content } goals(first: 50) { nodes { title streak { current } progress { current } } } }");

        Assert.Null(response.Errors);
        Assert.Equal(5, response.Data!["export"]!["content"]!.GetValue<string>().Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    private static string AliasedExports(int count)
    {
        var document = new StringBuilder("{");
        for (var i = 0; i < count; i++)
            document.Append(System.Globalization.CultureInfo.InvariantCulture, $" e{i}: export(format: JSON) {{ content }}");
        return document.Append(" }").ToString();
    }
}
