using System.Text.Json.Nodes;
using Goals.Api.Tests.Support;
using Goals.Api.Users;
using Goals.LoadRunner.Scenarios;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Goals.Api.Tests.Load;

/// <summary>
/// The brief's load scenarios, shortened, against the real host on a loopback port: they must run end to end without
/// a failed request and write their report. Nothing about speed is asserted here; docs/performance.md has the figures.
/// </summary>
public sealed class BriefScenarioSmokeTests(KestrelApiFactory factory) : IClassFixture<KestrelApiFactory>
{
    [Fact]
    public async Task Quick_scenarios_run_every_operation_without_a_failed_request_and_write_the_report()
    {
        using var http = factory.CreateClient();
        var key = factory.Services.GetRequiredService<IOptions<AuthOptions>>().Value.SigningKey!;
        var report = Path.Combine(Path.GetTempPath(), $"goals-load-{Guid.NewGuid():N}.json");
        using var output = new StringWriter();
        try
        {
            var exit = await ScenarioCommand.RunAsync(
                ["scenarios", "--url", http.BaseAddress!.ToString(), "--signing-key", key, "--quick", "--seconds", "8",
                 "--users", "100", "--goals-per-user", "2", "--logs-per-minute", "600", "--readers", "4", "--report", report],
                output);

            Assert.True(exit == 0, output.ToString());
            var json = JsonNode.Parse(await File.ReadAllTextAsync(report))!;
            var operations = json["operations"]!.AsArray().Select(op => op!["operation"]!.GetValue<string>()).ToList();
            Assert.Equal(["createGoal", "list", "logActivity", "progress"], operations);
            Assert.Equal(200, json["operations"]![0]!["requests"]!.GetValue<int>());
            Assert.All(json["operations"]!.AsArray(), op => Assert.Equal(0, op!["failed"]!.GetValue<int>()));
            Assert.True(json["operations"]![2]!["requests"]!.GetValue<int>() >= 60, output.ToString());
            Assert.Equal("quick", json["mode"]!.GetValue<string>());
        }
        finally
        {
            File.Delete(report);
        }
    }
}
