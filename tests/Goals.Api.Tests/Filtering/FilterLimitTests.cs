using Goals.Api.Tests.Insights;

namespace Goals.Api.Tests.Filtering;

/// <summary>Filters are bounded in nesting, operations, list length and text length; the flat inputs are gone.</summary>
public sealed class FilterLimitTests(PinnedClockApi api) : IClassFixture<PinnedClockApi>
{
    [Fact]
    public async Task Nesting_deeper_than_four_levels_is_refused()
    {
        using var client = api.ClientFor("limit-depth");
        const string four = "{ or: [{ and: [{ or: [{ status: { eq: ACTIVE } }] }] }] }";
        const string five = "{ or: [{ and: [{ or: [{ and: [{ status: { eq: ACTIVE } }] }] }] }] }";

        var allowed = await client.SendAsync($"{{ goals(where: {four}) {{ totalCount }} }}");
        var refused = await client.SendAsync($"{{ goals(where: {five}) {{ totalCount }} }}");

        Assert.Null(allowed.Errors);
        Assert.Equal("FILTER_LIMIT_EXCEEDED", refused.FirstErrorCode);
        Assert.Null(refused.Data?["goals"]);
    }

    [Fact]
    public async Task More_than_twenty_operations_are_refused()
    {
        using var client = api.ClientFor("limit-operations");
        static string Or(int terms) =>
            "{ or: [" + string.Join(", ", Enumerable.Range(0, terms).Select(i => $"{{ title: {{ contains: \"t{i}\" }} }}")) + "] }";

        var allowed = await client.SendAsync($"{{ goals(where: {Or(19)}) {{ totalCount }} }}");
        var refused = await client.SendAsync($"{{ goals(where: {Or(20)}) {{ totalCount }} }}");

        Assert.Null(allowed.Errors);
        Assert.Equal("FILTER_LIMIT_EXCEEDED", refused.FirstErrorCode);
    }

    [Fact]
    public async Task An_in_list_longer_than_fifty_values_is_refused()
    {
        using var client = api.ClientFor("limit-list");
        const string query = "query($titles: [String]) { goals(where: { title: { in: $titles } }) { totalCount } }";

        var allowed = await client.SendAsync(query, new { titles = Enumerable.Range(0, 50).Select(i => $"t{i}") });
        var refused = await client.SendAsync(query, new { titles = Enumerable.Range(0, 51).Select(i => $"t{i}") });

        Assert.Null(allowed.Errors);
        Assert.Equal("FILTER_LIMIT_EXCEEDED", refused.FirstErrorCode);
    }

    [Fact]
    public async Task Text_longer_than_any_title_is_bad_user_input_and_the_flat_fields_are_gone()
    {
        using var client = api.ClientFor("limit-text");

        var tooLong = await client.SendAsync(
            "query($t: String) { goals(where: { title: { contains: $t } }) { totalCount } }", new { t = new string('t', 121) });
        var flat = await client.SendAsync("""{ goals(where: { titleContains: "x" }) { totalCount } }""");
        var oldSort = await client.SendAsync("query($d: SortDirection) { goals(order: [{ title: $d }]) { totalCount } }", new { d = "ASC" });

        Assert.Equal("BAD_USER_INPUT", tooLong.FirstErrorCode);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", flat.FirstErrorCode);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", oldSort.FirstErrorCode);
    }
}
