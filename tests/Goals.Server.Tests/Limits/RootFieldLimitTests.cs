using Goals.Server.Tests.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Goals.Server.Tests.Limits;

/// <summary>
/// Aliases, fragments and directives cannot stretch what an operation's root may hold, and a write slower than the
/// execution timeout still completes and says what it wrote.
/// </summary>
public sealed class RootFieldLimitTests : IAsyncLifetime
{
    private const string AddBooks = "addBooks(input: { titles: $titles, authorId: \"a1\", delayMs: $delayMs }) { id }";
    private TestServer _server = null!;

    public async Task InitializeAsync() => _server = await TestServer.StartAsync(new Dictionary<string, string?>
    {
        ["GraphQL:Limits:MaxMutationRootFields"] = "3",
        ["GraphQL:Limits:MaxBulkRootFields"] = "2",
        ["GraphQL:Limits:ExecutionTimeout"] = "00:00:00.100",
    });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private int BookCount => _server.Services.GetRequiredService<Library>().BooksByTitle().Count;

    [Fact]
    public async Task Aliased_mutations_over_the_limit_are_refused_before_any_runs()
    {
        var before = BookCount;

        var response = await _server.PostAsync(
            "mutation { a: addBook(input: { title: \"A\", authorId: \"a1\" }) { book { id } } " +
            "b: addBook(input: { title: \"B\", authorId: \"a1\" }) { book { id } } " +
            "c: addBook(input: { title: \"C\", authorId: \"a1\" }) { book { id } } " +
            "d: addBook(input: { title: \"D\", authorId: \"a1\" }) { book { id } } }");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("MAX_MUTATION_FIELDS_EXCEEDED", response.FirstErrorCode);
        Assert.Equal("The operation runs 4 mutation fields; the maximum is 3.", response.FirstErrorMessage);
        Assert.Equal(before, BookCount);
    }

    [Fact]
    public async Task Mutations_hidden_in_fragments_count_and_skipped_ones_do_not()
    {
        const string Fields = "fragment Two on Mutation { a: addBook(input: { title: \"Frag A\", authorId: \"a1\" }) { book { id } } " +
            "b: addBook(input: { title: \"Frag B\", authorId: \"a1\" }) { book { id } } }";

        var counted = await _server.PostAsync(
            "mutation { ...Two ... on Mutation { c: addBook(input: { title: \"Frag C\", authorId: \"a1\" }) { book { id } } " +
            "d: addBook(input: { title: \"Frag D\", authorId: \"a1\" }) { book { id } } } } " + Fields);
        var skipped = await _server.PostAsync(
            "mutation { ...Two c: addBook(input: { title: \"Frag C\", authorId: \"a1\" }) { book { id } } " +
            "d: addBook(input: { title: \"Frag D\", authorId: \"a1\" }) @skip(if: true) { book { id } } } " + Fields);

        Assert.Equal("MAX_MUTATION_FIELDS_EXCEEDED", counted.FirstErrorCode);
        Assert.Null(skipped.Errors);
    }

    [Fact]
    public async Task Bulk_items_are_summed_over_aliases_before_anything_runs()
    {
        var before = BookCount;

        var response = await _server.PostAsync(
            $"mutation($titles: [String!]!, $delayMs: Int!) {{ a: {AddBooks} b: {AddBooks} }}",
            new { titles = new[] { "S1", "S2", "S3" }, delayMs = 0 });

        Assert.Equal("BULK_LIMIT_EXCEEDED", response.FirstErrorCode);
        Assert.Equal("The 2 uses of 'addBooks' carry 6 items together; the maximum is 5.", response.FirstErrorMessage);
        Assert.Equal(before, BookCount);
    }

    [Fact]
    public async Task A_repeated_selection_of_one_response_key_runs_and_counts_once()
    {
        var response = await _server.PostAsync(
            $"mutation($titles: [String!]!, $delayMs: Int!) {{ {AddBooks} {AddBooks} }}",
            new { titles = new[] { "Once 1", "Once 2", "Once 3" }, delayMs = 0 });

        Assert.Null(response.Errors);
        Assert.Equal(3, response.Data!["addBooks"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_field_limited_to_one_use_is_refused_when_aliased()
    {
        var response = await _server.PostAsync("{ a: slow(ms: 1) b: slow(ms: 1) }");

        Assert.Equal("MAX_FIELD_USES_EXCEEDED", response.FirstErrorCode);
        Assert.Equal("'slow' appears 2 times; an operation may use it at most 1 time(s).", response.FirstErrorMessage);
    }

    [Fact]
    public async Task A_bulk_write_slower_than_the_execution_timeout_completes_and_reports_what_it_wrote()
    {
        var before = BookCount;

        var response = await _server.PostAsync(
            $"mutation($titles: [String!]!, $delayMs: Int!) {{ {AddBooks} }}",
            new { titles = new[] { "Slow 1", "Slow 2", "Slow 3" }, delayMs = 80 });

        Assert.Null(response.Errors);
        Assert.Equal(3, response.Data!["addBooks"]!.AsArray().Count);
        Assert.Equal(before + 3, BookCount);
    }

    [Fact]
    public async Task Bulk_items_are_priced_per_item()
    {
        var limited = await TestServer.StartAsync(new Dictionary<string, string?> { ["GraphQL:Limits:MaxCost"] = "10" });
        await using (limited)
        {
            var response = await limited.PostAsync(
                $"mutation($titles: [String!]!, $delayMs: Int!) {{ {AddBooks} }}",
                new { titles = new[] { "P1", "P2", "P3", "P4", "P5" }, delayMs = 0 });

            Assert.Equal("COST_LIMIT_EXCEEDED", response.FirstErrorCode);
            Assert.Equal("The operation costs 12; the budget is 10.", response.FirstErrorMessage);
        }
    }
}
