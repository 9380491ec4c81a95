using Goals.Server.Tests.TestHost;

namespace Goals.Server.Tests.Relay;

[Collection(SharedServerDefinition.Name)]
public sealed class ConnectionTests(ServerFixture fixture)
{
    private const string Page = """
        query P($first: Int, $after: String, $last: Int, $before: String) {
          books(first: $first, after: $after, last: $last, before: $before) {
            totalCount
            edges { cursor node { title } }
            nodes { title }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """;

    private readonly TestServer _server = fixture.Server;

    private async Task<System.Text.Json.Nodes.JsonNode> BooksAsync(object variables) =>
        (await _server.PostAsync(Page, variables)).Data!["books"]!;

    private static string Titles(System.Text.Json.Nodes.JsonNode books) =>
        string.Join("|", books["nodes"]!.AsArray().Select(node => node!["title"]!.GetValue<string>()));

    [Fact]
    public async Task First_page_defaults_to_ten_items_with_page_info()
    {
        var books = await BooksAsync(new { });

        Assert.True(books["totalCount"]!.GetValue<int>() >= 12);
        Assert.Equal(10, books["edges"]!.AsArray().Count);
        Assert.True(books["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.False(books["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        Assert.Equal(books["edges"]![0]!["cursor"]!.GetValue<string>(), books["pageInfo"]!["startCursor"]!.GetValue<string>());
    }

    [Fact]
    public async Task Paging_forward_with_after_continues_where_the_page_ended()
    {
        var first = await BooksAsync(new { first = 3 });
        var second = await BooksAsync(new { first = 3, after = first["pageInfo"]!["endCursor"]!.GetValue<string>() });

        Assert.Equal("Binti|Dawn|Exhalation", Titles(first));
        Assert.Equal("Kindred|Lilith's Brood|Parable of the Sower", Titles(second));
        Assert.True(second["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Paging_backward_with_last_and_before_returns_the_items_in_order()
    {
        var middle = await BooksAsync(new { first = 3, after = (await BooksAsync(new { first = 3 }))["pageInfo"]!["endCursor"]!.GetValue<string>() });
        var before = await BooksAsync(new { last = 2, before = middle["pageInfo"]!["startCursor"]!.GetValue<string>() });

        Assert.Equal("Dawn|Exhalation", Titles(before));
        Assert.True(before["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        Assert.True(before["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Cursors_are_opaque_and_a_forged_one_is_a_clear_error()
    {
        var response = await _server.PostAsync(Page, new { first = 2, after = "bm90IGEgY3Vyc29y" });

        Assert.Equal("INVALID_CURSOR", response.FirstErrorCode);
        Assert.Equal("The cursor is not valid for this list and order.", response.FirstErrorMessage);
    }

    [Fact]
    public async Task First_over_fifty_is_refused()
    {
        var response = await _server.PostAsync(Page, new { first = 51 });

        Assert.Equal("PAGE_SIZE_EXCEEDED", response.FirstErrorCode);
        Assert.Equal("A page holds at most 50 items; 51 were requested.", response.FirstErrorMessage);
    }

    [Fact]
    public async Task First_and_last_together_are_refused()
    {
        var response = await _server.PostAsync(Page, new { first = 2, last = 2 });

        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
        Assert.Equal("Pass either `first` or `last`, not both.", response.FirstErrorMessage);
    }
}
