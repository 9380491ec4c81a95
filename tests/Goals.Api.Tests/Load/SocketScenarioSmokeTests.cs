using Goals.Api.Tests.Support;
using Goals.Api.Users;
using Goals.LoadRunner.Scenarios;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Goals.Api.Tests.Load;

/// <summary>
/// The load runner's socket scenario, with 20 sockets, against the real host on a loopback port: every subscriber
/// receives the one log. Memory and speed are not asserted here (no server pid is given); docs/performance.md has them.
/// </summary>
public sealed class SocketScenarioSmokeTests(KestrelApiFactory factory) : IClassFixture<KestrelApiFactory>
{
    [Fact]
    public async Task Twenty_subscribed_sockets_all_receive_the_one_log()
    {
        using var http = factory.CreateClient();
        var key = factory.Services.GetRequiredService<IOptions<AuthOptions>>().Value.SigningKey!;
        using var output = new StringWriter();

        var exit = await IdleSocketScenario.RunAsync(
            ["sockets", "--url", http.BaseAddress!.ToString(), "--signing-key", key, "--sockets", "20", "--max-settle", "5", "--delivery-timeout", "30"],
            output);

        Assert.True(exit == 0, output.ToString());
        Assert.Contains("delivered to 20 of 20", output.ToString(), StringComparison.Ordinal);
    }
}
