using Goals.Api.Tests.Support;
using Goals.Api.Users;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Goals.Api.Tests.Users;

/// <summary>The data-protection key ring is not loaded (or created on disk) at start.</summary>
public sealed class KeyRingStartupTests(GoalsApiFactory factory) : IClassFixture<GoalsApiFactory>
{
    [Fact]
    public void The_framework_still_has_the_hosted_service_that_is_removed()
    {
        // A rename or removal in the framework must fail here, not silently bring the start-up load back.
        Assert.NotNull(typeof(DataProtectionOptions).Assembly.GetType(KeyRingStartup.HostedServiceTypeName));
    }

    [Fact]
    public void The_running_server_has_no_key_ring_loader_among_its_hosted_services()
    {
        var hosted = factory.Services.GetServices<IHostedService>().Select(service => service.GetType().FullName).ToList();

        Assert.NotEmpty(hosted);
        Assert.DoesNotContain(KeyRingStartup.HostedServiceTypeName, hosted);
    }
}
