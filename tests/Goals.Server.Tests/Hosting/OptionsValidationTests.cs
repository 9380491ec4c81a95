using Goals.Server.Tests.TestHost;
using Microsoft.Extensions.Options;

namespace Goals.Server.Tests.Hosting;

public sealed class OptionsValidationTests
{
    [Fact]
    public async Task A_limit_that_would_switch_a_protection_off_stops_start_up()
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => TestServer.StartAsync(new Dictionary<string, string?>
        {
            ["GraphQL:Limits:MaxDepth"] = "0",
            ["GraphQL:Limits:ValidationTimeout"] = "00:00:00",
            ["GraphQL:Limits:MaxValidationErrors"] = "0",
            ["GraphQL:Limits:MaxDirectives"] = "-1",
            ["GraphQL:Limits:MaxFragmentExpansion"] = "0",
            ["GraphQL:Limits:DefaultPageSize"] = "80",
        }));

        Assert.Equal(
            ["GraphQL:Limits:MaxDepth must be at least 1.", "GraphQL:Limits:ValidationTimeout must be positive.",
                "GraphQL:Limits:MaxValidationErrors must be at least 1.", "GraphQL:Limits:MaxDirectives cannot be negative.",
                "GraphQL:Limits:MaxFragmentExpansion must be at least 1.", "GraphQL:Limits:DefaultPageSize must be between 1 and MaxPageSize."],
            failure.Failures);
    }

    [Fact]
    public async Task Configuration_binds_every_section()
    {
        await using var server = await TestServer.StartAsync(new Dictionary<string, string?>
        {
            ["GraphQL:Limits:MaxCost"] = "1234",
            ["GraphQL:Limits:ExecutionTimeout"] = "00:00:05",
            ["GraphQL:Documents:CacheSize"] = "7",
            ["GraphQL:CorsOrigins:0"] = "https://a.example",
            ["GraphQL:MaxRequestBodyBytes"] = "999",
        });

        var options = ((IOptions<Goals.Server.Hosting.GraphQLServerOptions>)server.Services.GetService(typeof(IOptions<Goals.Server.Hosting.GraphQLServerOptions>))!).Value;

        Assert.Equal((1234, TimeSpan.FromSeconds(5), 7, "https://a.example", 999L),
            (options.Limits.MaxCost, options.Limits.ExecutionTimeout, options.Documents.CacheSize, options.CorsOrigins.Single(), options.MaxRequestBodyBytes));
    }
}
