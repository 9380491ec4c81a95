using Goals.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace Goals.Api.Tests.Telemetry;

[Collection(SerialScrapes.Name)]
public sealed class OperationMetricsTests
{
    [Fact]
    public async Task A_named_query_is_timed_by_type_and_name_in_buckets_that_include_200_ms()
    {
        using var factory = new GoalsApiFactory();
        using var client = factory.ClientFor("timed");

        await client.DataAsync("query WhoAmI { me { id } }");
        await client.DataAsync("query WhoAmI { me { timeZone } }");
        await client.DataAsync("{ me { id } }");
        await client.DataAsync("mutation Rename($input: CreateGoalInput!) { createGoal(input: $input) { goal { id } } }",
            new { input = new { title = "Walk", pattern = "HABIT", target = 1 } });
        var scrape = await MetricsScrape.ReadAsync(factory.CreateClient());

        const string Histogram = "goals_graphql_operation_duration_seconds";
        Assert.Equal("histogram", scrape.Families[Histogram]);
        Assert.Equal(2, scrape.Value($"{Histogram}_count", "operation_type=\"query\"", "operation_name=\"WhoAmI\""));
        Assert.Equal(2, scrape.Value($"{Histogram}_bucket", "operation_name=\"WhoAmI\"", "le=\"+Inf\""));
        Assert.Single(scrape.Samples($"{Histogram}_bucket", "operation_name=\"WhoAmI\"", "le=\"0.2\""));
        Assert.Equal(1, scrape.Value($"{Histogram}_count", "operation_type=\"query\"", "operation_name=\"anonymous\""));
        Assert.Equal(1, scrape.Value($"{Histogram}_count", "operation_type=\"mutation\"", "operation_name=\"Rename\""));
    }

    [Fact]
    public async Task Operation_names_past_the_cap_are_labelled_other_and_refused_operations_unknown()
    {
        using var root = new GoalsApiFactory();
        using var factory = root.WithWebHostBuilder(builder => builder.UseSetting("Metrics:MaxOperationNames", "2"));
        using var client = factory.SignedClient("many-names");

        var refused = await client.SendAsync("query NeverRan { noSuchField }");
        foreach (var name in new[] { "First", "Second", "Third", "First" })
        {
            await client.DataAsync($"query {name} {{ me {{ id }} }}");
        }

        var scrape = await MetricsScrape.ReadAsync(factory.CreateClient());

        const string Count = "goals_graphql_operation_duration_seconds_count";
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", refused.FirstErrorCode);
        Assert.Equal(2, scrape.Value(Count, "operation_name=\"First\""));
        Assert.Equal(1, scrape.Value(Count, "operation_name=\"Second\""));
        Assert.Equal(1, scrape.Value(Count, "operation_name=\"other\""));
        // Refused before it ran: its name is the client's word only, so it claims no label.
        Assert.Equal(1, scrape.Value(Count, "operation_type=\"unknown\"", "operation_name=\"unknown\""));
        Assert.Empty(scrape.Samples(Count, "operation_name=\"Third\""));
        Assert.Empty(scrape.Samples(Count, "operation_name=\"NeverRan\""));
    }

    [Fact]
    public async Task Errors_are_counted_by_code_and_operation_type()
    {
        using var factory = new GoalsApiFactory();
        using var signedIn = factory.ClientFor("erring");
        using var anonymous = factory.ClientFor(null);

        var unparsable = await signedIn.SendAsync("{ me { id ");
        var unauthenticated = await anonymous.SendAsync("query Who { me { id } }");
        await anonymous.SendAsync("query Who { me { id } }");
        var scrape = await MetricsScrape.ReadAsync(factory.CreateClient());

        Assert.Equal("GRAPHQL_PARSE_FAILED", unparsable.FirstErrorCode);
        Assert.Equal("UNAUTHENTICATED", unauthenticated.FirstErrorCode);
        Assert.Equal(1, scrape.Value("goals_graphql_errors_total", "code=\"GRAPHQL_PARSE_FAILED\"", "operation_type=\"unknown\""));
        Assert.Equal(2, scrape.Value("goals_graphql_errors_total", "code=\"UNAUTHENTICATED\"", "operation_type=\"query\""));
        Assert.Equal(1, scrape.Value("goals_graphql_operation_duration_seconds_count", "operation_type=\"unknown\"", "operation_name=\"unknown\""));
    }
}
