using Goals.Server.Tests.TestHost;

namespace Goals.Server.Tests.Limits;

/// <summary>
/// The field-merging check compares pairs of same-named fields and reports one error per conflicting pair; past its
/// budget a document gets one error and no comparison at all. The token limit is raised here so that the documents
/// reach validation (under the default 1,000 tokens they are refused before it).
/// </summary>
public sealed class FieldMergeLimitTests : IAsyncLifetime
{
    private TestServer _server = null!;

    public async Task InitializeAsync() =>
        _server = await TestServer.StartAsync(new Dictionary<string, string?> { ["GraphQL:Limits:MaxTokens"] = "20000" });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private const string Refusal =
        "Too many fields share a response name: merging them takes more than 2000 comparisons. Give repeated fields distinct aliases, or select each once.";

    [Fact]
    public async Task Quadratic_validation_errors_443_conflicting_copies_of_one_field_stop_at_the_error_limit()
    {
        var query = "{" + string.Concat(Enumerable.Range(0, 443).Select(i => $"echo(message:\"{i}\")")) + "}";

        var response = await _server.PostAsync(query);

        // Conflicts in one selection set are found in linear time and stop validation at the error limit.
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(11, response.Errors!.Count);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", response.FirstErrorCode);
    }

    [Fact]
    public async Task Quadratic_validation_errors_through_fragment_spreads_get_one_error()
    {
        var spreads = string.Concat(Enumerable.Range(0, 100).Select(i => $"...F{i} "));
        var fragments = string.Concat(Enumerable.Range(0, 100).Select(i => $"fragment F{i} on Query {{ echo(message:\"{i}\") }} "));

        var response = await _server.PostAsync($"{{ {spreads}}} {fragments}");

        Assert.Single(response.Errors!);
        Assert.Equal("FIELD_MERGE_LIMIT_EXCEEDED", response.FirstErrorCode);
        Assert.Equal(Refusal, response.FirstErrorMessage);
    }

    [Fact]
    public async Task Quadratic_validation_work_thousands_of_identical_fields_get_one_error()
    {
        var response = await _server.PostAsync("{" + string.Concat(Enumerable.Repeat(" __typename", 1500)) + " }");

        Assert.Single(response.Errors!);
        Assert.Equal("FIELD_MERGE_LIMIT_EXCEEDED", response.FirstErrorCode);
    }

    [Fact]
    public async Task Within_the_budget_a_conflict_is_reported_as_before_and_identical_repeats_run()
    {
        var conflict = await _server.PostAsync("{ echo(message: \"a\") echo(message: \"b\") }");
        var repeat = await _server.PostAsync("query { ...A ...B } fragment A on Query { echo(message: \"a\") } fragment B on Query { echo(message: \"a\") }");

        Assert.Equal("GRAPHQL_VALIDATION_FAILED", conflict.FirstErrorCode);
        Assert.Equal(
            "Fields echo conflicts because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.",
            conflict.FirstErrorMessage);
        Assert.Equal("""{"echo":"a"}""", repeat.Data!.ToJson());
    }

    [Fact]
    public async Task A_negative_budget_stops_start_up()
    {
        var failure = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() =>
            TestServer.StartAsync(new Dictionary<string, string?> { ["GraphQL:Limits:MaxFieldMergePairs"] = "-1" }));

        Assert.Equal("GraphQL:Limits:MaxFieldMergePairs cannot be negative.", failure.Message);
    }
}
