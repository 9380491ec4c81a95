using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;

using Goals.Api.Tests.Support;

namespace Goals.Api.Tests.Infrastructure;

public sealed class OptionsValidationTests
{
    [Fact]
    public void An_out_of_range_setting_stops_the_host_at_start()
    {
        using var factory = new GoalsApiFactory().WithWebHostBuilder(host =>
            host.UseSetting("Goals:MaxGoalsPerUser", "0"));

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("MaxGoalsPerUser", error.Message, StringComparison.Ordinal);
    }
}
