using Goals.Server.Tests.TestHost;

namespace Goals.Server.Tests.Limits;

/// <summary>Every limit refuses an oversized request with its code and lets a normal request through.</summary>
public sealed class LimitTests : IAsyncLifetime
{
    private TestServer _server = null!;

    public async Task InitializeAsync() => _server = await TestServer.StartAsync(new Dictionary<string, string?>
    {
        ["GraphQL:Limits:MaxDepth"] = "2",
        ["GraphQL:Limits:MaxCost"] = "30",
        ["GraphQL:Limits:MaxAliases"] = "3",
        ["GraphQL:Limits:MaxDocumentBytes"] = "400",
        ["GraphQL:Limits:MaxTokens"] = "60",
        ["GraphQL:Limits:MaxParserDepth"] = "25",
        // Generous enough for a fresh server's first request (schema initialisation, validation) on a busy machine.
        ["GraphQL:Limits:ExecutionTimeout"] = "00:00:02",
        ["GraphQL:Limits:MaxPageSize"] = "5",
        ["GraphQL:Limits:DefaultPageSize"] = "3",
    });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Too_deep_operation_is_refused_with_max_depth_exceeded()
    {
        var response = await _server.PostAsync("{ books { edges { node { author { name } } } } }");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("MAX_DEPTH_EXCEEDED", response.FirstErrorCode);
        Assert.Equal("The operation is nested 3 levels deep; the maximum is 2.", response.FirstErrorMessage);
    }

    [Fact]
    public async Task Operation_within_max_depth_runs()
    {
        var response = await _server.PostAsync("{ books(first: 1) { edges { node { title } } } }");

        Assert.Equal("""{"books":{"edges":[{"node":{"title":"Binti"}}]}}""", response.Data!.ToJson());
    }

    [Fact]
    public async Task Operation_over_the_cost_budget_is_refused_with_cost_limit_exceeded()
    {
        var response = await _server.PostAsync("{ a: books(first: 5) { nodes { title id } } b: books(first: 5) { nodes { title id } } c: books(first: 5) { nodes { title id } } }");

        Assert.Equal("COST_LIMIT_EXCEEDED", response.FirstErrorCode);
        Assert.Equal("The operation costs 36; the budget is 30.", response.FirstErrorMessage);
    }

    [Fact]
    public async Task Operation_within_the_cost_budget_runs()
    {
        var response = await _server.PostAsync("{ books(first: 5) { nodes { title } } }");

        Assert.Null(response.Errors);
        Assert.Equal(5, response.Data!["books"]!["nodes"]!.AsArray().Count);
    }

    [Fact]
    public async Task Too_many_aliases_are_refused_and_a_few_pass()
    {
        var refused = await _server.PostAsync("{ a: echo(message: \"1\") b: echo(message: \"2\") c: echo(message: \"3\") d: echo(message: \"4\") }");
        var passed = await _server.PostAsync("{ a: echo(message: \"1\") b: echo(message: \"2\") c: echo(message: \"3\") }");

        Assert.Equal("MAX_ALIASES_EXCEEDED", refused.FirstErrorCode);
        Assert.Equal("The document uses 4 aliases; the maximum is 3.", refused.FirstErrorMessage);
        Assert.Equal("""{"a":"1","b":"2","c":"3"}""", passed.Data!.ToJson());
    }

    [Fact]
    public async Task Document_over_the_byte_limit_is_refused_and_one_under_passes()
    {
        var refused = await _server.PostAsync($"{{ echo(message: \"{new string('x', 400)}\") }}");
        var passed = await _server.PostAsync($"{{ echo(message: \"{new string('x', 300)}\") }}");

        Assert.Equal("DOCUMENT_TOO_LARGE", refused.FirstErrorCode);
        Assert.Equal("The document is 421 bytes; the maximum is 400 bytes.", refused.FirstErrorMessage);
        Assert.Null(passed.Errors);
    }

    [Fact]
    public async Task Document_over_the_token_limit_is_refused_and_one_under_passes()
    {
        var refused = await _server.PostAsync("{ " + string.Join(' ', Enumerable.Repeat("a", 70)) + " }");
        var passed = await _server.PostAsync("{ " + string.Join(' ', Enumerable.Repeat("__typename", 20)) + " }");

        Assert.Equal("MAX_TOKENS_EXCEEDED", refused.FirstErrorCode);
        Assert.Equal("The document has more than 60 tokens.", refused.FirstErrorMessage);
        Assert.Equal("""{"__typename":"Query"}""", passed.Data!.ToJson());
    }

    [Fact]
    public async Task Document_nested_beyond_the_parser_depth_is_refused_before_validation()
    {
        var refused = await _server.PostAsync(string.Concat(Enumerable.Repeat("{ a ", 20)) + new string('}', 20));
        var passed = await _server.PostAsync("{ books(first: 1) { edges { node { title } } } }");

        Assert.Equal("MAX_DEPTH_EXCEEDED", refused.FirstErrorCode);
        Assert.Equal("The document nests deeper than 25 levels.", refused.FirstErrorMessage);
        Assert.Null(passed.Errors);
    }

    [Fact]
    public async Task Slow_operation_times_out_with_timeout_and_a_fast_one_finishes()
    {
        var slow = await _server.PostAsync("{ slow(ms: 5000) }");
        var fast = await _server.PostAsync("{ slow(ms: 10) }");

        Assert.Equal("TIMEOUT", slow.FirstErrorCode);
        Assert.Equal(HttpStatusCode.GatewayTimeout, slow.Status);
        Assert.Equal("""{"slow":10}""", fast.Data!.ToJson());
    }

    [Fact]
    public async Task Page_size_over_the_maximum_is_refused_and_the_default_applies_without_first()
    {
        var refused = await _server.PostAsync("{ books(first: 6) { nodes { title } } }");
        var defaulted = await _server.PostAsync("{ books { nodes { title } } }");

        Assert.Equal("PAGE_SIZE_EXCEEDED", refused.FirstErrorCode);
        Assert.Equal("A page holds at most 5 items; 6 were requested.", refused.FirstErrorMessage);
        Assert.Equal(3, defaulted.Data!["books"]!["nodes"]!.AsArray().Count);
    }
}
