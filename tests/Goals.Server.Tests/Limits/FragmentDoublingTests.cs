using System.Security.Claims;
using Goals.Server.Execution;
using Goals.Server.Tests.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Goals.Server.Tests.Limits;

/// <summary>
/// Fragments that each spread the previous one twice expand to 2^n selections; validating them took exponential
/// time (n = 30: minutes of CPU), also without a token and in Production.
/// </summary>
public sealed class FragmentDoublingTests
{
    [Fact]
    public async Task Fragment_doubling_thirty_deep_is_refused_before_validation_with_fragment_expansion_exceeded()
    {
        await using var server = await TestServer.StartAsync(new Dictionary<string, string?> { ["GraphQL:Introspection"] = null });

        var response = await server.PostAsync(HostileDocuments.FragmentDoubling(30));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("FRAGMENT_EXPANSION_EXCEEDED", response.FirstErrorCode);
        Assert.Equal("The document selects more than 2000 fields once its fragments are spread.", response.FirstErrorMessage);
    }

    [Fact]
    public async Task Fragment_doubling_within_the_expansion_limit_still_runs()
    {
        await using var server = await TestServer.StartAsync();

        var refused = await server.PostAsync(HostileDocuments.FragmentDoubling(11));
        var passed = await server.PostAsync(HostileDocuments.FragmentDoubling(10));

        Assert.Equal("FRAGMENT_EXPANSION_EXCEEDED", refused.FirstErrorCode);
        Assert.Equal("""{"__typename":"Query"}""", passed.Data!.ToJson());
    }

    [Fact]
    public async Task Fragment_doubling_past_the_validation_budget_is_refused_with_validation_timeout()
    {
        await using var server = await StartWithoutExpansionLimitAsync(validationTimeout: "00:00:00.001");

        var response = await server.PostAsync(HostileDocuments.FragmentDoubling(24));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("VALIDATION_TIMEOUT", response.FirstErrorCode);
        Assert.Equal("Validating the document took longer than 1 ms; send a smaller document.", response.FirstErrorMessage);
    }

    [Fact]
    public async Task Fragment_doubling_stops_validating_when_the_client_leaves()
    {
        await using var server = await StartWithoutExpansionLimitAsync(validationTimeout: "01:00:00");
        var executor = server.Services.GetRequiredService<IGraphQLRequestExecutor>();
        using var clientLeaves = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        // Before validation watched the request, this ran to the end (minutes) and answered COST_LIMIT_EXCEEDED.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => executor.ExecuteAsync(
            new GraphQLRequest(HostileDocuments.FragmentDoubling(30), null, null, null),
            new GraphQLRequestContext(new ClaimsPrincipal(), server.Services, GraphQLTransportKind.HttpPost, "trace-left"),
            clientLeaves.Token));
    }

    // The expansion limit refuses these documents first; without it, the validation budget is what stops them.
    private static Task<TestServer> StartWithoutExpansionLimitAsync(string validationTimeout) =>
        TestServer.StartAsync(new Dictionary<string, string?>
        {
            ["GraphQL:Limits:MaxFragmentExpansion"] = int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["GraphQL:Limits:ValidationTimeout"] = validationTimeout,
        });
}
