using Goals.Api.Tests.Realtime.Redis;
using Goals.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace Goals.Api.Tests.Infrastructure;

public sealed class HostLoggingTests
{
    [Fact]
    public async Task Two_hosts_in_one_process_each_log_to_their_own_sinks_and_outlive_each_other()
    {
        var (logA, logB) = (new CapturedLog(), new CapturedLog());
        using var rootA = new GoalsApiFactory();
        using var rootB = new GoalsApiFactory();
        using var hostA = rootA.WithWebHostBuilder(builder => Capture(builder, logA));
        using var clientA = hostA.CreateClient();
        using (var hostB = rootB.WithWebHostBuilder(builder => Capture(builder, logB)))
        {
            using var clientB = hostB.CreateClient();
            (await clientA.GetAsync(new Uri("/health/live", UriKind.Relative))).EnsureSuccessStatusCode();
            (await clientB.GetAsync(new Uri("/health/live", UriKind.Relative))).EnsureSuccessStatusCode();
            (await clientB.GetAsync(new Uri("/health/live", UriKind.Relative))).EnsureSuccessStatusCode();

            Assert.Equal(1, logA.Count("HTTP "));
            Assert.Equal(2, logB.Count("HTTP "));
        }

        (await clientA.GetAsync(new Uri("/health/live", UriKind.Relative))).EnsureSuccessStatusCode();

        Assert.Equal(2, logA.Count("HTTP "));
    }

    private static void Capture(IWebHostBuilder builder, CapturedLog log) =>
        builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(log));
}
