using Goals.Server.Tests.TestHost;

namespace Goals.Server.Tests.Mutations;

public sealed class MutationConventionTests : IAsyncLifetime
{
    private const string AddBook = """
        mutation A($input: AddBookInput!) {
          addBook(input: $input) {
            book { title author { name } }
            errors { __typename ... on Error { message } ... on DuplicateTitleError { title } }
          }
        }
        """;

    private TestServer _server = null!;

    public async Task InitializeAsync() => _server = await TestServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Success_returns_the_result_and_null_errors()
    {
        var response = await _server.PostAsync(AddBook, new { input = new { title = "The Word for World Is Forest", authorId = "a1" } });

        Assert.Equal("""{"addBook":{"book":{"title":"The Word for World Is Forest","author":{"name":"Ursula K. Le Guin"}},"errors":null}}""", response.Data!.ToJson());
    }

    [Fact]
    public async Task Domain_errors_are_data_in_the_payload_not_top_level_errors()
    {
        var response = await _server.PostAsync(AddBook, new { input = new { title = "Kindred", authorId = "a2" } });

        Assert.Null(response.Errors);
        Assert.Equal("""{"addBook":{"book":null,"errors":[{"__typename":"DuplicateTitleError","message":"'Kindred' is already in the library.","title":"Kindred"}]}}""", response.Data!.ToJson());
    }

    [Fact]
    public async Task Each_error_type_of_the_union_can_be_returned()
    {
        var response = await _server.PostAsync(AddBook, new { input = new { title = "New", authorId = "nobody" } });

        Assert.Equal("""{"addBook":{"book":null,"errors":[{"__typename":"UnknownAuthorError","message":"There is no author 'nobody'."}]}}""", response.Data!.ToJson());
    }
}
