using Goals.Api.Tests.Insights;
using Goals.Api.Tests.Support;
using Goals.Domain;
using NodaTime;

namespace Goals.Api.Tests.Filtering;

/// <summary>HotChocolate.Data-style <c>where</c>/<c>order</c> on the goal list, through the real pipeline and SQLite file.</summary>
public sealed class GoalFilteringTests(PinnedClockApi api) : IClassFixture<PinnedClockApi>
{
    [Fact]
    public async Task String_operations_on_the_title_ignore_case_and_take_the_text_literally()
    {
        using var client = await SeedAsync("filter-strings");

        Assert.Equal("Read 20% more,READ poems", await Titles(client, """{ title: { contains: "read" } }"""));
        Assert.Equal("Run", await Titles(client, """{ title: { ncontains: "READ" } }"""));
        Assert.Equal("Read 20% more", await Titles(client, """{ title: { contains: "20%" } }"""));
        Assert.Equal("", await Titles(client, """{ title: { contains: "2_%" } }"""));
        Assert.Equal("Run", await Titles(client, """{ title: { startsWith: "rU" } }"""));
        Assert.Equal("Run", await Titles(client, """{ title: { nstartsWith: "read" } }"""));
        Assert.Equal("Read 20% more", await Titles(client, """{ title: { endsWith: "MORE" } }"""));
        Assert.Equal("READ poems,Run", await Titles(client, """{ title: { nendsWith: "more" } }"""));
        Assert.Equal("Run", await Titles(client, """{ title: { eq: "RUN" } }"""));
        Assert.Equal("Read 20% more,READ poems", await Titles(client, """{ title: { neq: "run" } }"""));
        Assert.Equal("READ poems,Run", await Titles(client, """{ title: { in: ["run", "read poems", null] } }"""));
        Assert.Equal("Read 20% more", await Titles(client, """{ title: { nin: ["run", "read poems"] } }"""));
    }

    [Fact]
    public async Task Enum_date_and_time_operations_compare_in_the_store()
    {
        using var client = await SeedAsync("filter-comparable");
        var createdAt = (await client.DataAsync("""{ goals(where: { title: { eq: "READ poems" } }) { nodes { createdAt } } }"""))
            ["goals"]!["nodes"]![0]!["createdAt"]!.GetValue<string>();

        Assert.Equal("READ poems", await Titles(client, "{ status: { eq: ARCHIVED } }"));
        Assert.Equal("Read 20% more,Run", await Titles(client, "{ status: { neq: ARCHIVED } }"));
        Assert.Equal("Read 20% more,Run", await Titles(client, "{ status: { in: [ACTIVE, PAUSED] } }"));
        Assert.Equal("READ poems", await Titles(client, "{ status: { nin: [ACTIVE] } }"));
        Assert.Equal("Run", await Titles(client, "{ pattern: { eq: FREQUENCY } }"));
        Assert.Equal("Run", await Titles(client, "{ category: { nin: [LEARNING] } }"));
        Assert.Equal("Run", await Titles(client, """{ startDate: { gt: "2026-11-05" } }"""));
        Assert.Equal("Read 20% more,READ poems", await Titles(client, """{ startDate: { ngt: "2026-11-05" } }"""));
        Assert.Equal("READ poems,Run", await Titles(client, """{ startDate: { gte: "2026-11-05" } }"""));
        Assert.Equal("Read 20% more", await Titles(client, """{ startDate: { ngte: "2026-11-05" } }"""));
        Assert.Equal("Read 20% more", await Titles(client, """{ startDate: { lt: "2026-11-05" } }"""));
        Assert.Equal("READ poems,Run", await Titles(client, """{ startDate: { nlt: "2026-11-05" } }"""));
        Assert.Equal("Read 20% more,READ poems", await Titles(client, """{ startDate: { lte: "2026-11-05" } }"""));
        Assert.Equal("Run", await Titles(client, """{ startDate: { nlte: "2026-11-05" } }"""));
        Assert.Equal("READ poems", await Titles(client, """{ startDate: { eq: "2026-11-05" } }"""));
        Assert.Equal("Read 20% more,Run", await Titles(client, """{ startDate: { in: ["2026-11-01", "2026-11-10"] } }"""));
        Assert.Equal("READ poems", await Titles(client, "{ deadline: { eq: null } }"));
        Assert.Equal("Read 20% more,Run", await Titles(client, "{ deadline: { neq: null } }"));
        Assert.Equal("Read 20% more,READ poems", await Titles(client, """{ deadline: { nin: ["2026-12-01"] } }"""));
        Assert.Equal("Read 20% more", await Titles(client, """{ deadline: { lt: "2026-12-01" } }"""));
        Assert.Equal("READ poems,Run", await Titles(client, $$"""{ createdAt: { gte: "{{createdAt}}" } }"""));
        Assert.Equal("Read 20% more", await Titles(client, $$"""{ createdAt: { nin: ["{{createdAt}}"] }, updatedAt: { lt: "{{createdAt}}" } }"""));
    }

    [Fact]
    public async Task And_and_or_nest_on_the_list_and_inside_a_field()
    {
        using var client = await SeedAsync("filter-nesting");

        Assert.Equal("READ poems,Run", await Titles(client, "{ or: [{ status: { eq: ARCHIVED } }, { category: { eq: FITNESS } }] }"));
        Assert.Equal("READ poems", await Titles(
            client, """{ and: [{ category: { eq: LEARNING } }, { or: [{ title: { contains: "poem" } }, { deadline: { eq: null } }] }] }"""));
        Assert.Equal("READ poems,Run", await Titles(client, """{ title: { or: [{ startsWith: "run" }, { endsWith: "POEMS" }] } }"""));
        Assert.Equal("Read 20% more", await Titles(client, """{ title: { and: [{ startsWith: "read" }, { ncontains: "poem" }] }, status: { eq: ACTIVE } }"""));
    }

    [Fact]
    public async Task Ordering_by_start_date_pages_forward_and_back_and_a_cursor_of_another_filter_is_refused()
    {
        using var client = await SeedAsync("filter-paging");
        const string query = """
            query($where: GoalFilterInput, $after: String, $before: String, $first: Int, $last: Int) {
              goals(where: $where, order: [{ startDate: DESC }], first: $first, after: $after, last: $last, before: $before) {
                nodes { title } pageInfo { hasNextPage hasPreviousPage endCursor startCursor } } }
            """;
        var first = (await client.DataAsync(query, new { first = 2 }))["goals"]!;
        var end = first["pageInfo"]!["endCursor"]!.GetValue<string>();
        var second = (await client.DataAsync(query, new { first = 2, after = end }))["goals"]!;
        var back = (await client.DataAsync(query, new { last = 5, before = second["pageInfo"]!["startCursor"]!.GetValue<string>() }))["goals"]!;
        var foreign = await client.SendAsync(query, new { first = 2, after = end, where = new { status = new { eq = "ACTIVE" } } });

        Assert.Equal("""["Run","READ poems"]""", first["nodes"]!.AsArray().Select(n => n!["title"]!.GetValue<string>()).ToJson());
        Assert.Equal("""["Read 20% more"]""", second["nodes"]!.AsArray().Select(n => n!["title"]!.GetValue<string>()).ToJson());
        Assert.False(second["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal("""["Run","READ poems"]""", back["nodes"]!.AsArray().Select(n => n!["title"]!.GetValue<string>()).ToJson());
        Assert.Equal("INVALID_CURSOR", foreign.FirstErrorCode);
    }

    private async Task<GraphQLClient> SeedAsync(string user)
    {
        var seeder = api.Seed(user);
        await seeder.GoalAsync("Read 20% more", GoalPattern.Target, 10, new LocalDate(2026, 11, 1), GoalPeriod.Month, GoalCategory.Learning, new LocalDate(2026, 11, 30));
        await seeder.GoalAsync("READ poems", GoalPattern.Target, 10, new LocalDate(2026, 11, 5), GoalPeriod.Month, GoalCategory.Learning, status: GoalStatus.Archived);
        await seeder.GoalAsync("Run", GoalPattern.Frequency, 3, new LocalDate(2026, 11, 10), GoalPeriod.Week, GoalCategory.Fitness, new LocalDate(2026, 12, 1));
        return api.ClientFor(user);
    }

    private static async Task<string> Titles(GraphQLClient client, string where)
    {
        var response = await client.SendAsync($"{{ goals(where: {where}, order: [{{ title: ASC }}]) {{ totalCount nodes {{ title }} }} }}");
        Assert.True(response.Errors is null, response.ToString());
        var titles = response.Data!["goals"]!["nodes"]!.AsArray().Select(node => node!["title"]!.GetValue<string>()).ToList();
        Assert.Equal(titles.Count, response.Data!["goals"]!["totalCount"]!.GetValue<int>());
        return string.Join(",", titles);
    }
}

internal static class TitleLists
{
    public static string ToJson(this IEnumerable<string> titles) => System.Text.Json.JsonSerializer.Serialize(titles);
}
