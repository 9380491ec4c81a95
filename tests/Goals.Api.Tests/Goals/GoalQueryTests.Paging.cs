using System.Text.Json.Nodes;

namespace Goals.Api.Tests.Goals;

/// <summary>Paging the goal list both ways, with exact page info, and refusing a cursor the server did not make.</summary>
public sealed partial class GoalQueryTests
{
    [Fact]
    public async Task Paging_forward_and_backward_walks_the_same_order_with_exact_page_info()
    {
        using var client = await SeedAsync("query-paging");
        var order = ByTitle("ASC");

        var first = await PageAsync(client, new { first = 2, order });
        var second = await PageAsync(client, new { first = 2, after = EndCursor(first), order });
        var third = await PageAsync(client, new { first = 2, after = EndCursor(second), order });
        var last = await PageAsync(client, new { last = 2, order });
        var beforeLast = await PageAsync(client, new { last = 2, before = last["pageInfo"]!["startCursor"]!.GetValue<string>(), order });

        Assert.Equal("Coffee cap,Floss | true | false", Shape(first));
        Assert.Equal("Long run,Meditate | true | true", Shape(second));
        Assert.Equal("Run 20 km | false | true", Shape(third));
        Assert.Equal("Meditate,Run 20 km | false | true", Shape(last));
        Assert.Equal("Floss,Long run | true | true", Shape(beforeLast));
        Assert.All([first, second, third, last], page => Assert.Equal(5, page["totalCount"]!.GetValue<int>()));
        Assert.Equal(
            first["edges"]!.AsArray().Select(edge => edge!["node"]!["title"]!.GetValue<string>()),
            first["nodes"]!.AsArray().Select(node => node!["title"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_cursor_that_is_not_ours_is_a_request_error()
    {
        using var client = host.ClientFor("query-bad-cursor");

        var response = await client.SendAsync(Page, new { first = 2, after = "bm90LWEtY3Vyc29y" });

        Assert.Equal("INVALID_CURSOR", response.FirstErrorCode);
    }

    private static string EndCursor(JsonNode page) => page["pageInfo"]!["endCursor"]!.GetValue<string>();

    /// <summary>"titles | hasNextPage | hasPreviousPage", comparable in one assertion.</summary>
    private static string Shape(JsonNode page) =>
        string.Join(',', page["edges"]!.AsArray().Select(edge => edge!["node"]!["title"]!.GetValue<string>())) +
        $" | {(page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? "true" : "false")}" +
        $" | {(page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>() ? "true" : "false")}";
}
