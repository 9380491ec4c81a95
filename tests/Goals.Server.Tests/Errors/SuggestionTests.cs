using Goals.Server.Tests.TestHost;

namespace Goals.Server.Tests.Errors;

/// <summary>
/// "Did you mean …?" spells out the schema's names to whoever guesses near them, also where introspection is off:
/// Production leaves it out unless switched on, Development keeps it.
/// </summary>
public sealed class SuggestionTests
{
    private const string Misspelled = "{ bookz(first: 1) { nodes { titel } } }";

    [Fact]
    public async Task Misspelled_field_in_production_gets_no_did_you_mean()
    {
        await using var server = await TestServer.StartAsync(new Dictionary<string, string?> { ["GraphQL:Introspection"] = null });

        var response = await server.PostAsync("{ bookz echo(mesage: \"x\") }");

        Assert.Equal(
            ["Cannot query field 'bookz' on type 'Query'.", "Unknown argument 'mesage' on field 'echo' of type 'Query'.",
                "Argument 'message' of type 'String!' is required for field 'echo' but not provided."],
            response.Errors!.Select(error => error!["message"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Misspelled_field_in_development_gets_did_you_mean()
    {
        await using var server = await TestServer.StartAsync(environment: "Development");

        var response = await server.PostAsync(Misspelled);

        Assert.Equal("Cannot query field 'bookz' on type 'Query'. Did you mean 'books' or 'boom'?", response.FirstErrorMessage);
    }

    [Fact]
    public async Task Suggestions_can_be_switched_on_in_production()
    {
        await using var server = await TestServer.StartAsync(new Dictionary<string, string?> { ["GraphQL:Suggestions"] = "true" });

        var response = await server.PostAsync(Misspelled);

        Assert.EndsWith("Did you mean 'books' or 'boom'?", response.FirstErrorMessage, StringComparison.Ordinal);
    }
}
