using Goals.Server.Tests.TestHost;

namespace Goals.Server.Tests.Limits;

/// <summary>
/// Hundreds of fields that cannot merge give an error for every pair: 443 of them answered 97,903 errors (25.8 MB).
/// Validation now stops at the error limit.
/// </summary>
public sealed class ValidationErrorLimitTests
{
    private const string StoppedMessage = "Validation stopped after 10 errors; fix these and send the document again.";

    [Fact]
    public async Task Hundreds_of_conflicting_fields_report_at_most_the_error_limit()
    {
        await using var server = await TestServer.StartAsync(new Dictionary<string, string?> { ["GraphQL:Limits:MaxTokens"] = "10000" });

        var response = await server.PostAsync(HostileDocuments.ConflictingFields(443));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(11, response.Errors!.Count);
        Assert.All(response.Errors.Take(10), error => Assert.StartsWith("Fields echo conflicts", error!["message"]!.GetValue<string>(), StringComparison.Ordinal));
        Assert.Equal(StoppedMessage, response.Errors[10]!["message"]!.GetValue<string>());
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", response.Errors[10]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Conflicting_fields_under_the_default_limits_are_refused_by_the_token_limit_or_capped()
    {
        await using var server = await TestServer.StartAsync();

        var tooLong = await server.PostAsync(HostileDocuments.ConflictingFields(443));
        var largestAllowed = await server.PostAsync(HostileDocuments.ConflictingFields(160));

        Assert.Equal("MAX_TOKENS_EXCEEDED", tooLong.FirstErrorCode);
        Assert.Equal(11, largestAllowed.Errors!.Count);
        Assert.Equal(StoppedMessage, largestAllowed.Errors[10]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_few_errors_are_all_reported()
    {
        await using var server = await TestServer.StartAsync();

        var response = await server.PostAsync(HostileDocuments.ConflictingFields(3));

        Assert.Equal(3, response.Errors!.Count);
    }
}
